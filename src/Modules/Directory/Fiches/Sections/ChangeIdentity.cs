namespace SocialeKaart.Modules.Directory.Fiches.Sections;

public sealed record ChangeIdentity(FicheIdentity? Identity, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

public static class ChangeIdentityEndpoint
{
    public static ProblemDetails Validate(ChangeIdentity command, Fiche? fiche) =>
        FicheCommands.Check(command, fiche, errors => errors.CleanIdentity("identity", command.Identity));

    [WolverinePut("/api/fiches/{ficheId}/identity", Name = "ChangeIdentity")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Put(
        ChangeIdentity command, [WriteAggregate(Required = false)] Fiche fiche, ClaimsPrincipal user, TimeProvider clock)
    {
        var identity = new InputErrors().CleanIdentity("identity", command.Identity);
        return FicheCommands.Outcome(fiche, new IdentityChanged(fiche.Id, identity, SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));
    }
}
