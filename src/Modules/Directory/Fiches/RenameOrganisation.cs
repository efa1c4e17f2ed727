using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Security;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace SocialeKaart.Modules.Directory.Fiches;

/// <param name="ExpectedVersion">
/// The fiche version the client read ("version" in JSON). Checked here rather than by the aggregate
/// workflow, so an unknown fiche answers 404 and only a stale version answers 409.
/// </param>
public sealed record RenameOrganisation(
    string? Name, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion);

public sealed record FicheVersion(Guid Id, long Version);

public static class RenameOrganisationEndpoint
{
    public static ProblemDetails Validate(RenameOrganisation command, Fiche? fiche)
    {
        if (fiche is null) return Problems.NotFound("Er bestaat geen fiche met dit id.");
        var errors = new InputErrors()
            .CheckName(command.Name)
            .Optional("reason", command.Reason, FicheInputRules.ReasonMax)
            .Check(command.ExpectedVersion is not null, "version", "Geef de versie van de fiche die je gelezen hebt.");
        if (errors.Any) return errors.ToProblem();
        if (command.ExpectedVersion != fiche.Version) return Problems.StaleVersion(command.ExpectedVersion!.Value, fiche.Version);
        return new InputErrors()
            .Check(command.Name!.Trim() != fiche.Name, "name", "De nieuwe naam is gelijk aan de huidige naam.")
            .ToProblem();
    }

    [WolverinePost("/api/fiches/{ficheId}/rename", Name = "RenameOrganisation")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Post(
        RenameOrganisation command, [WriteAggregate(Required = false)] Fiche fiche, ClaimsPrincipal user, TimeProvider clock)
    {
        var renamed = new OrganisationRenamed(
            fiche.Id, command.Name!.Trim(), string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(),
            user.ToActor(), clock.GetUtcNow());
        var version = fiche.Version + 1;
        return (new FicheVersion(fiche.Id, version), [renamed], [fiche.ToFicheChanged(renamed, version)]);
    }
}
