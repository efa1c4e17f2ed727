using SocialeKaart.Modules.Contracts.Geography;
using Microsoft.AspNetCore.Http;

namespace SocialeKaart.Modules.Accounts;

/// <param name="Provinces">For coordinators: the coordination areas they review (province NIS codes, 4000 for Brussels); none for all.</param>
public sealed record GrantStaffRole(IReadOnlyList<string>? Provinces);

/// <summary>Administrators give and take staff roles; each grant is an event on the account's stream, so it is audited.</summary>
public static class StaffRoleEndpoints
{
    [WolverinePut("/api/accounts/{accountId}/staff-roles/{role}", Name = "GrantStaffRole")]
    [Authorize(Policy = AccessPolicies.Administration)]
    public static async Task<IResult> Grant(
        Guid accountId, string role, GrantStaffRole body, IDocumentSession session, IGeography geography, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var areas = geography.All().Select(a => a.Code).ToList();
        var provinces = (body.Provinces ?? []).Select(p => p?.Trim() ?? "").Distinct().ToList();
        var errors = new InputErrors()
            .Check(Roles.Staff.Contains(role), "role", $"Onbekende rol; kies uit {string.Join(", ", Roles.Staff.Order())}.")
            .Check(provinces.All(areas.Contains), "provinces", $"Onbekende provincie; gebruik de NIS-codes {string.Join(", ", areas)}.")
            .Check(provinces.Count == 0 || role == Roles.Coordinator, "provinces", "Alleen coördinatoren werken per provincie.");
        if (errors.Any) return Results.Problem(errors.ToProblem());
        var stream = await session.Events.FetchForWriting<Account>(accountId, ct);
        if (stream.Aggregate is not { } account) return Results.Problem(Problems.NotFound("Er bestaat geen account met dit id."));
        if (account.EmailVerifiedAt is null) return Results.Problem(Problems.Conflict("Dit account heeft zijn e-mailadres nog niet bevestigd."));
        stream.AppendOne(new StaffRoleGranted(accountId, role, provinces, user.ToActor(), clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return Results.Ok((await session.LoadAsync<Account>(accountId, ct))!.ToInfo());
    }

    [WolverineDelete("/api/accounts/{accountId}/staff-roles/{role}", Name = "RevokeStaffRole")]
    [Authorize(Policy = AccessPolicies.Administration)]
    public static async Task<IResult> Revoke(Guid accountId, string role, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Account>(accountId, ct);
        if (stream.Aggregate is not { } account) return Results.Problem(Problems.NotFound("Er bestaat geen account met dit id."));
        if (!account.StaffRoles.ContainsKey(role)) return Results.NoContent();
        stream.AppendOne(new StaffRoleRevoked(accountId, role, user.ToActor(), clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return Results.NoContent();
    }
}
