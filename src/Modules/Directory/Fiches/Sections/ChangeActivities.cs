using SocialeKaart.Modules.Directory.Classification;

namespace SocialeKaart.Modules.Directory.Fiches.Sections;

public sealed record ActivityInput(Guid? Id, string? Name, string? Description, IReadOnlyList<string>? Rubrieken, WorkingAreaInput? WorkingArea);

public sealed record ChangeActivities(IReadOnlyList<ActivityInput>? Activities, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

/// <summary>Activities are the sub-offers of an organisation, each with its own description, rubrieken and working area.</summary>
public static class ChangeActivitiesEndpoint
{
    public const int MaxActivities = 100;

    public static async Task<ProblemDetails> ValidateAsync(ChangeActivities command, Fiche? fiche, IGeography geography, IQuerySession session, CancellationToken ct)
    {
        var rubrieken = await RubriekCatalog.Active(session, command.Activities?.Where(a => a?.Rubrieken is not null).SelectMany(a => a.Rubrieken!), ct);
        return FicheCommands.Check(command, fiche, errors => Clean(command, errors, geography, rubrieken));
    }

    [WolverinePut("/api/fiches/{ficheId}/activities", Name = "ChangeActivities")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Put(
        ChangeActivities command, [WriteAggregate(Required = false)] Fiche fiche, IGeography geography, ClaimsPrincipal user, TimeProvider clock) =>
        FicheCommands.Outcome(fiche, new ActivitiesChanged(
            fiche.Id, Clean(command, new InputErrors(), geography, null), SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));

    /// <param name="activeRubrieken">Null once validated: the codes are then known to be active.</param>
    public static List<Activity> Clean(ChangeActivities command, InputErrors errors, IGeography geography, IReadOnlySet<string>? activeRubrieken)
    {
        errors.Check(command.Activities is not null, "activities", "Dit veld is verplicht (een lege lijst mag).");
        var result = new List<Activity>();
        errors.Each("activities", command.Activities, MaxActivities, (a, path) =>
        {
            errors.Required($"{path}.name", a.Name, SectionRules.NameMax).Optional($"{path}.description", a.Description, SectionRules.LongTextMax);
            if (activeRubrieken is not null) errors.CheckRubrieken($"{path}.rubrieken", a.Rubrieken, activeRubrieken, AssignRubriekenEndpoint.MaxRubrieken);
            var area = errors.ResolveWorkingArea($"{path}.workingArea", a.WorkingArea, geography);
            result.Add(new Activity(a.Id ?? Guid.CreateVersion7(), SectionRules.Trim(a.Name)!, SectionRules.Trim(a.Description), RubriekCatalog.Clean(a.Rubrieken), area));
        });
        return result;
    }
}
