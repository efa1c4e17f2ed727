using System.Text.Json;
using SocialeKaart.Modules.Directory.Fiches.Sections;

namespace SocialeKaart.Modules.Directory.Fiches.Revisions;

/// <summary>
/// Checks a proposed fiche (an owner's draft, or the approved part of it) with the same rules as the section
/// endpoints, section by section, and turns each changed section into the event the section endpoint would write.
/// </summary>
public sealed class FicheRevisionRules(IGeography geography) : IFicheRevisions
{
    public RevisionCheck Check(Fiche current, Fiche proposed)
    {
        var errors = new InputErrors();
        var events = Decide(current, proposed, errors, Actor.ReferenceData, "", DateTimeOffset.UnixEpoch);
        if (errors.Any) return new RevisionCheck(null, errors.ByField);
        var result = FicheFields.Clone(current);
        foreach (var e in events) result = FicheEvolution.Apply(result, e);
        return new RevisionCheck(result, errors.ByField);
    }

    /// <summary>One event per changed section, in a fixed order (locations before the schedules that refer to them).</summary>
    public List<IFicheEvent> Decide(Fiche current, Fiche proposed, InputErrors errors, Actor by, string reason, DateTimeOffset at)
    {
        var id = current.Id;
        var events = new List<IFicheEvent>();
        bool Changed(Func<Fiche, object?> section) =>
            JsonSerializer.Serialize(section(current), FicheFields.Options) != JsonSerializer.Serialize(section(proposed), FicheFields.Options);

        // Classification, hierarchy and status are the editors' (and have their own endpoints).
        if (Changed(f => f.Rubrieken) || Changed(f => f.Trefwoorden) || Changed(f => f.Activities) || Changed(f => f.ParentId)
            || Changed(f => f.Status) || Changed(f => f.ClosedUntil) || Changed(f => f.StatusNote))
            errors.Add("fiche", "Rubrieken, trefwoorden, activiteiten, de hoofdorganisatie en de status wijzigt de redactie; vermeld ze in je toelichting.");

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
        if (Changed(f => f.HealthPractice))
            events.Add(new HealthPracticeChanged(id, errors.CleanHealthPractice("healthPractice", proposed.HealthPractice), reason, by, at));
        return events;
    }

    private static LocationInput ToInput(Location l, IReadOnlySet<Guid> known) => new(known.Contains(l.Id) ? l.Id : null, l.Name,
        new AddressInput(l.Address.Street, l.Address.Number, l.Address.Box, l.Address.Postcode, l.Address.Locality), l.Point, l.Accessibility, ToInput(l.WorkingArea));

    private static WorkingAreaInput? ToInput(WorkingArea? area) =>
        area is null ? null : new WorkingAreaInput(area.Areas.Select(a => new AreaInput(a.Kind, a.Place.Kind, a.Place.Code)).ToList());
}
