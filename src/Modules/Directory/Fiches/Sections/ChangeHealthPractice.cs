namespace SocialeKaart.Modules.Directory.Fiches.Sections;

public sealed record ChangeHealthPractice(HealthPractice? Practice, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

public static class ChangeHealthPracticeEndpoint
{
    public static ProblemDetails Validate(ChangeHealthPractice command, Fiche? fiche) =>
        FicheCommands.Check(command, fiche, errors => errors.CleanHealthPractice("practice", command.Practice));

    [WolverinePut("/api/fiches/{ficheId}/health-practice", Name = "ChangeHealthPractice")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Put(
        ChangeHealthPractice command, [WriteAggregate(Required = false)] Fiche fiche, ClaimsPrincipal user, TimeProvider clock)
    {
        var practice = new InputErrors().CleanHealthPractice("practice", command.Practice);
        return FicheCommands.Outcome(fiche, new HealthPracticeChanged(fiche.Id, practice, SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));
    }
}
