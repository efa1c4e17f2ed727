using System.Security.Claims;
using Marten.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Contracts.Security;
using Wolverine.Http;
using Wolverine.Marten;

namespace SocialeKaart.Modules.Directory.Fiches;

public sealed record RegisterOrganisation(string? Name, AddressInput? Address, string? Phone);

public static class RegisterOrganisationEndpoint
{
    public static ProblemDetails Validate(RegisterOrganisation command) => new InputErrors()
        .CheckName(command.Name)
        .CheckAddress(command.Address)
        .CheckPhone(command.Phone)
        .ToProblem();

    [WolverinePost("/api/fiches", Name = "RegisterOrganisation")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (CreationResponse<Guid>, IStartStream, FicheChanged) Post(
        RegisterOrganisation command, ClaimsPrincipal user, TimeProvider clock)
    {
        var id = Guid.CreateVersion7();
        var registered = new OrganisationRegistered(
            id, command.Name!.Trim(), command.Address!.ToAddress(), command.Phone!.Trim(), user.ToActor(), clock.GetUtcNow());
        return (
            new CreationResponse<Guid>($"/api/fiches/{id}", id),
            MartenOps.StartStream<Fiche>(id, registered),
            registered.ToFicheChanged(version: 1));
    }
}
