namespace SocialeKaart.Modules.Directory.Fiches;

/// <param name="ExpectedVersion">
/// The fiche version the client read ("version" in JSON). Checked in Validate rather than by the aggregate
/// workflow, so an unknown fiche answers 404 and only a stale version answers 409.
/// </param>
public sealed record RenameOrganisation(string? Name, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion)
    : IFicheCommand;

public static class RenameOrganisationEndpoint
{
    public static ProblemDetails Validate(RenameOrganisation command, Fiche? fiche) =>
        FicheCommands.Check(command, fiche, errors => errors
            .Required("name", command.Name, SectionRules.NameMax)
            .Check(fiche is null || command.Name?.Trim() != fiche.Name, "name", "De nieuwe naam is gelijk aan de huidige naam."));

    [WolverinePost("/api/fiches/{ficheId}/rename", Name = "RenameOrganisation")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Post(
        RenameOrganisation command, [WriteAggregate(Required = false)] Fiche fiche, ClaimsPrincipal user, TimeProvider clock) =>
        FicheCommands.Outcome(fiche, new OrganisationRenamed(
            fiche.Id, command.Name!.Trim(), SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));
}
