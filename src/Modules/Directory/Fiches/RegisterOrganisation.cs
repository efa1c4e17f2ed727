using Marten.Events;
using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Directory.Fiches;

/// <param name="Point">Where to put the organisation on the map; by default its postcode's locality.</param>
public sealed record RegisterOrganisation(string? Name, AddressInput? Address, string? Phone, GeoPoint? Point = null);

public static class RegisterOrganisationEndpoint
{
    public static ProblemDetails Validate(RegisterOrganisation command, IGeography geography)
    {
        var errors = new InputErrors();
        Locate(command, errors, geography);
        return errors.ToProblem();
    }

    [WolverinePost("/api/fiches", Name = "RegisterOrganisation")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (CreationResponse<Guid>, IStartStream, FicheChanged) Post(
        RegisterOrganisation command, IGeography geography, ClaimsPrincipal user, TimeProvider clock)
    {
        var id = Guid.CreateVersion7();
        var registered = Decide(command, new InputErrors(), geography, id, user.ToActor(), clock.GetUtcNow());
        return (
            new CreationResponse<Guid>($"/api/fiches/{id}", id),
            MartenOps.StartStream<Fiche>(id, registered),
            FicheEvolution.Apply(null, registered).ToFicheChanged(version: 1, registered.At));
    }

    /// <summary>The registration decision, shared by the endpoint and the data loaders; problems go into <paramref name="errors"/>.</summary>
    public static OrganisationRegistered Decide(
        RegisterOrganisation command, InputErrors errors, IGeography geography, Guid id, Actor by, DateTimeOffset at) =>
        Locate(command, errors, geography) is { } location
            ? new OrganisationRegistered(id, command.Name!.Trim(), location, command.Phone!.Trim(), by, at)
            : null!;

    /// <summary>Checks the registration and places its address: the first location, or null when something is wrong.</summary>
    private static Location? Locate(RegisterOrganisation command, InputErrors errors, IGeography geography)
    {
        errors.Required("name", command.Name, SectionRules.NameMax).CheckPhone("phone", command.Phone);
        var address = errors.ResolveAddress("address", command.Address, geography);
        var point = errors.CheckPoint("point", command.Point);
        return errors.Any ? null : new Location(Guid.CreateVersion7(), null, address!, point ?? geography.PointOfPostcode(address!.Postcode)!, null, null);
    }
}
