using SocialeKaart.Modules.Directory.Classification;
using SocialeKaart.Modules.Directory.Fiches;
using SocialeKaart.Modules.Directory.Fiches.Sections;

namespace SocialeKaart.Modules.Directory.DataSet;

/// <summary>
/// Turns a generated fiche into its events with the API's own checks and decisions: a generated fiche that the
/// API would refuse is a bug in the generator, and stops the load.
/// </summary>
public static class GeneratedFicheEvents
{
    public static List<object> Decide(GeneratedFiche g, IGeography geography, IReadOnlySet<string> rubrieken, IReadOnlyList<Trefwoord> thesaurus)
    {
        var by = g.Source is { } source ? Registers.RegisterActors.For(source) : Actor.DemoSeed;
        var at = g.At;
        var errors = new InputErrors();
        var events = new List<object> { RegisterOrganisationEndpoint.Decide(g.Registration, errors, geography, g.Id, by, at) };
        Fail(errors, g, "registration");
        if (g.Source is { } linked) events.Add(new FicheSourceLinked(g.Id, linked, by, at));

        void Add(Func<InputErrors, object?> decide, string section)
        {
            var errors = new InputErrors();
            var e = decide(errors);
            Fail(errors, g, section);
            if (e is not null) events.Add(e);
        }

        Add(e => g.Identity.ShortName is null && g.Identity.LegalForm is null && g.Identity.EnterpriseNumber is null ? null
            : new IdentityChanged(g.Id, e.CleanIdentity("identity", g.Identity), null, by, at), "identity");
        Add(e => new ContactDetailsChanged(g.Id, e.CleanContact("contact", g.Contact), null, by, at), "contact");
        Add(e => new ContentChanged(g.Id, e.CleanContent("content", g.Content), null, by, at), "content");
        Add(e => g.Schedules.Count == 0 ? null
            : e.CheckSchedules("schedules", g.Schedules, []).Any ? null : new OpeningHoursChanged(g.Id, g.Schedules.Select(ScheduleRules.Clean).ToList(), null, by, at), "schedules");
        Add(e => g.Recognitions.Count == 0 ? null : new RecognitionsChanged(g.Id, e.CleanRecognitions("recognitions", g.Recognitions), null, null, by, at), "recognitions");
        Add(e => g.Persons.Count == 0 ? null : new PersonsChanged(g.Id, ChangePersonsEndpoint.Clean(new ChangePersons(g.Persons, null, null), e), null, by, at), "persons");
        Add(e => g.Activities.Count == 0 ? null
            : new ActivitiesChanged(g.Id, ChangeActivitiesEndpoint.Clean(new ChangeActivities(g.Activities, null, null), e, geography, rubrieken), null, by, at), "activities");
        Add(e => g.HealthPractice is null ? null : new HealthPracticeChanged(g.Id, e.CleanHealthPractice("practice", g.HealthPractice), null, by, at), "healthPractice");
        Add(e => new WorkingAreaChanged(g.Id, e.ResolveWorkingArea("workingArea", g.WorkingArea, geography), null, by, at), "workingArea");
        Add(e => e.CheckRubrieken("codes", g.Rubrieken, rubrieken, AssignRubriekenEndpoint.MaxRubrieken).Any ? null
            : new RubriekenAssigned(g.Id, RubriekCatalog.Clean(g.Rubrieken), null, by, at), "rubrieken");
        Add(e => g.Trefwoorden.Count == 0 ? null : new TrefwoordenAssigned(g.Id,
            g.Trefwoorden.Select(t => Thesaurus.Resolve(thesaurus, t)?.Term ?? Unknown(e, t)).Distinct().Order(StringComparer.Ordinal).ToList(), null, by, at), "trefwoorden");
        if (g.ParentId is { } parent) events.Add(new ParentOrganisationChanged(g.Id, parent, null, by, at));
        if (g.Status == FicheStatus.TemporarilyClosed) events.Add(new FicheClosedTemporarily(g.Id, null, g.StatusReason!, by, at));
        if (g.Status == FicheStatus.Defunct) events.Add(new FicheMarkedDefunct(g.Id, g.StatusReason!, by, at));
        if (g.VerifiedAt is { } verified) events.Add(new FicheVerified(g.Id, "Bevestigd bij de jaarlijkse controle.", by, verified));
        return events;
    }

    private static string Unknown(InputErrors errors, string term)
    {
        errors.Add("terms", $"'{term}' staat niet in de thesaurus.");
        return term;
    }

    private static void Fail(InputErrors errors, GeneratedFiche g, string section)
    {
        if (!errors.Any) return;
        var problem = (Microsoft.AspNetCore.Http.HttpValidationProblemDetails)errors.ToProblem();
        throw new InvalidOperationException($"Generated fiche #{g.Index} ({g.Registration.Name}) is refused in {section}: " +
            string.Join("; ", problem.Errors.Select(x => $"{x.Key}: {string.Join(" ", x.Value)}")));
    }
}
