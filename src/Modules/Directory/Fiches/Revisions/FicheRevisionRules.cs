using System.Text.Json;
using SocialeKaart.Modules.Directory.Classification;
using SocialeKaart.Modules.Directory.Fiches.Sections;

namespace SocialeKaart.Modules.Directory.Fiches.Revisions;

/// <summary>
/// Checks a proposed fiche (an owner's draft, or the approved part of it) with the same rules as the section
/// endpoints, section by section, and turns each changed section into the event the section endpoint would write.
/// Rubrieken and trefwoorden in a draft are proposals: checked against the tree and the thesaurus like the editors'
/// own, and applied only when the coordinator takes them over (every unit of a review is decided on its own).
/// </summary>
public sealed class FicheRevisionRules(IGeography geography, IDocumentStore store) : IFicheRevisions
{
    /// <summary>
    /// What a proposal's classification is checked against: the active rubrieken it names, the thesaurus. Read only for
    /// what the proposal changes: most saves of a draft touch neither, and need not read the thesaurus.
    /// </summary>
    public sealed record Classification(IReadOnlySet<string> ActiveRubrieken, IReadOnlyList<Trefwoord> Thesaurus)
    {
        public static async Task<Classification> ForAsync(IQuerySession session, Fiche current, Fiche proposed, CancellationToken ct) => new(
            proposed.Rubrieken.SequenceEqual(current.Rubrieken) ? new HashSet<string>() : await RubriekCatalog.Active(session, proposed.Rubrieken, ct),
            proposed.Trefwoorden.SequenceEqual(current.Trefwoorden) ? [] : await session.Query<Trefwoord>().Where(t => !t.Retired).ToListAsync(ct));
    }

    public async Task<RevisionCheck> CheckAsync(Fiche current, Fiche proposed, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var classification = await Classification.ForAsync(session, current, proposed, ct);
        var errors = new InputErrors();
        var events = Decide(current, proposed, errors, Actor.ReferenceData, "", DateTimeOffset.UnixEpoch, classification);
        if (errors.Any) return new RevisionCheck(null, errors.ByField);
        var result = FicheFields.Clone(current);
        foreach (var e in events) result = FicheEvolution.Apply(result, e);
        return new RevisionCheck(result, errors.ByField);
    }

    /// <summary>One event per changed section, in a fixed order (locations before the schedules that refer to them).</summary>
    public List<IFicheEvent> Decide(Fiche current, Fiche proposed, InputErrors errors, Actor by, string reason, DateTimeOffset at,
        Classification classification)
    {
        var id = current.Id;
        var events = new List<IFicheEvent>();
        bool Changed(Func<Fiche, object?> section) =>
            JsonSerializer.Serialize(section(current), FicheFields.Options) != JsonSerializer.Serialize(section(proposed), FicheFields.Options);

        // Hierarchy and status are the editors' (and have their own endpoints).
        if (Changed(f => f.ParentId) || Changed(f => f.Status) || Changed(f => f.ClosedUntil) || Changed(f => f.StatusNote))
            errors.Add("fiche", "De hoofdorganisatie en de status wijzigt de redactie; vermeld ze in je toelichting.");
        if (Changed(f => f.Rubrieken))
        {
            errors.CheckRubrieken("rubrieken", proposed.Rubrieken, classification.ActiveRubrieken, AssignRubriekenEndpoint.MaxRubrieken);
            events.Add(new RubriekenAssigned(id, RubriekCatalog.Clean(proposed.Rubrieken), reason, by, at));
        }
        if (Changed(f => f.Trefwoorden))
        {
            var terms = new List<string>();
            errors.Each("trefwoorden", proposed.Trefwoorden, AssignTrefwoordenEndpoint.MaxTerms, (term, path) =>
            {
                if (Thesaurus.Resolve(classification.Thesaurus, term) is { } known) terms.Add(known.Term);
                else errors.Add(path, $"'{term}' staat niet in de thesaurus.");
            });
            events.Add(new TrefwoordenAssigned(id, terms.Distinct().Order(StringComparer.Ordinal).ToList(), reason, by, at));
        }

        if (Changed(f => f.Identity)) events.Add(new IdentityChanged(id, errors.CleanIdentity("identity", proposed.Identity), reason, by, at));
        var locations = current.Locations;
        if (Changed(f => f.Locations))
        {
            // A location the fiche does not have yet is new (an owner added it): it gets its id when resolved.
            var known = current.Locations.Select(l => l.Id).ToHashSet();
            locations = ChangeLocationsEndpoint.Resolve(new ChangeLocations(proposed.Locations.Select(l => ToInput(l, known)).ToList(), null, null),
                current, errors, geography);
            events.Add(new LocationsChanged(id, locations, reason, by, at));
        }
        if (Changed(f => f.Contact)) events.Add(new ContactDetailsChanged(id, errors.CleanContact("contact", proposed.Contact), reason, by, at));
        if (Changed(f => f.Content)) events.Add(new ContentChanged(id, errors.CleanContent("content", proposed.Content), reason, by, at));
        if (Changed(f => f.Schedules))
        {
            errors.CheckSchedules("schedules", proposed.Schedules, locations.Select(l => l.Id).ToList());
            events.Add(new OpeningHoursChanged(id, errors.Any ? [] : proposed.Schedules.Select(ScheduleRules.Clean).ToList(), reason, by, at));
        }
        if (Changed(f => f.Recognitions) || Changed(f => f.AdministrativeInfo))
        {
            errors.Optional("administrativeInfo", proposed.AdministrativeInfo, SectionRules.LongTextMax);
            events.Add(new RecognitionsChanged(id, errors.CleanRecognitions("recognitions", proposed.Recognitions), SectionRules.Trim(proposed.AdministrativeInfo), reason, by, at));
        }
        if (Changed(f => f.Persons))
            events.Add(new PersonsChanged(id, ChangePersonsEndpoint.Clean(new ChangePersons(
                proposed.Persons.Select(p => new PersonInput(p.Id, p.Name, p.Function, p.Phone, p.Email)).ToList(), null, null), errors), reason, by, at));
        if (Changed(f => f.WorkingArea))
            events.Add(new WorkingAreaChanged(id, errors.ResolveWorkingArea("workingArea", ToInput(proposed.WorkingArea), geography), reason, by, at));
        if (Changed(f => f.Activities))
            events.Add(new ActivitiesChanged(id, Activities(current, proposed, errors), reason, by, at));
        if (Changed(f => f.HealthPractice))
            events.Add(new HealthPracticeChanged(id, errors.CleanHealthPractice("healthPractice", proposed.HealthPractice), reason, by, at));
        return events;
    }

    /// <summary>
    /// An owner's activities: name, description and working area are theirs; an activity's rubrieken are the editors'
    /// classification, so a known activity keeps its own and a new one starts without (the coordinator classifies it).
    /// </summary>
    private List<Activity> Activities(Fiche current, Fiche proposed, InputErrors errors)
    {
        var known = current.Activities.ToDictionary(a => a.Id);
        for (var i = 0; i < proposed.Activities.Count; i++)
        {
            var rubrieken = proposed.Activities[i].Rubrieken ?? [];
            var own = known.TryGetValue(proposed.Activities[i].Id, out var was) ? was.Rubrieken : [];
            if (!rubrieken.SequenceEqual(own))
                errors.Add($"activities[{i}].rubrieken", "De rubrieken van een activiteit kiest de redactie; vermeld ze in je toelichting.");
        }
        var inputs = proposed.Activities.Select(a => new ActivityInput(a.Id == Guid.Empty ? null : a.Id, a.Name, a.Description, a.Rubrieken, ToInput(a.WorkingArea))).ToList();
        return ChangeActivitiesEndpoint.Clean(new ChangeActivities(inputs, null, null), errors, geography, activeRubrieken: null);
    }

    private static LocationInput ToInput(Location l, IReadOnlySet<Guid> known) => new(known.Contains(l.Id) ? l.Id : null, l.Name,
        new AddressInput(l.Address.Street, l.Address.Number, l.Address.Box, l.Address.Postcode, l.Address.Locality), l.Point, l.Accessibility, ToInput(l.WorkingArea));

    private static WorkingAreaInput? ToInput(WorkingArea? area) =>
        area is null ? null : new WorkingAreaInput(area.Areas.Select(a => new AreaInput(a.Kind, a.Place.Kind, a.Place.Code)).ToList());
}
