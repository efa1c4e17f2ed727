namespace SocialeKaart.Modules.Directory.Fiches.Sections;

public sealed record VerifyFiche(string? Note, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand
{
    public string? Reason => Note;
}

/// <summary>A person confirms the whole fiche is correct today; recorded as verified_at, apart from content changes.</summary>
public static class VerifyFicheEndpoint
{
    public static ProblemDetails Validate(VerifyFiche command, Fiche? fiche) => FicheCommands.Check(command, fiche, _ => { });

    [WolverinePost("/api/fiches/{ficheId}/verify", Name = "VerifyFiche")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Post(
        VerifyFiche command, [WriteAggregate(Required = false)] Fiche fiche, ClaimsPrincipal user, TimeProvider clock) =>
        FicheCommands.Outcome(fiche, new FicheVerified(fiche.Id, SectionRules.Trim(command.Note), user.ToActor(), clock.GetUtcNow()));
}
