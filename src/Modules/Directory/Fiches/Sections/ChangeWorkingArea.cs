namespace SocialeKaart.Modules.Directory.Fiches.Sections;

public sealed record ChangeWorkingArea(WorkingAreaInput? WorkingArea, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

public static class ChangeWorkingAreaEndpoint
{
    public static ProblemDetails Validate(ChangeWorkingArea command, Fiche? fiche, IGeography geography) =>
        FicheCommands.Check(command, fiche, errors => errors.ResolveWorkingArea("workingArea", command.WorkingArea, geography));

    [WolverinePut("/api/fiches/{ficheId}/working-area", Name = "ChangeWorkingArea")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Put(
        ChangeWorkingArea command, [WriteAggregate(Required = false)] Fiche fiche, IGeography geography, ClaimsPrincipal user, TimeProvider clock)
    {
        var area = new InputErrors().ResolveWorkingArea("workingArea", command.WorkingArea, geography);
        return FicheCommands.Outcome(fiche, new WorkingAreaChanged(fiche.Id, area, SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));
    }
}
