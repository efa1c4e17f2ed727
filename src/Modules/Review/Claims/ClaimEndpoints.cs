using SocialeKaart.Modules.Review.Decisions;
namespace SocialeKaart.Modules.Review.Claims;

/// <summary>The claim API. Professionals claim and withdraw; the back office decides and revokes.</summary>
public static class ClaimEndpoints
{
    [WolverinePost("/api/fiches/{ficheId}/claims", Name = "ClaimFiche")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> Submit(Guid ficheId, ClaimForm form, ClaimService claims, ClaimsPrincipal user, CancellationToken ct) =>
        (await claims.SubmitAsync(ficheId, form, user, ct)).ToResult(c => Results.Created($"/api/claims/{c.Id}", c));

    [WolverinePost("/api/claims/{id}/withdraw", Name = "WithdrawClaim")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> Withdraw(Guid id, ClaimService claims, ClaimsPrincipal user, CancellationToken ct) =>
        (await claims.WithdrawAsync(id, user, ct)).ToResult(_ => Results.NoContent());

    [WolverinePost("/api/claims/{id}/approve", Name = "ApproveClaim")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Approve(Guid id, Decision decision, ClaimService claims, ClaimsPrincipal user, CancellationToken ct) =>
        (await claims.ApproveAsync(id, decision, user, ct)).ToResult(_ => Results.NoContent());

    [WolverinePost("/api/claims/{id}/reject", Name = "RejectClaim")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Reject(Guid id, Decision decision, ClaimService claims, ClaimsPrincipal user, CancellationToken ct) =>
        (await claims.RejectAsync(id, decision, user, ct)).ToResult(_ => Results.NoContent());

    [WolverinePost("/api/claims/{id}/revoke", Name = "RevokeOwnership")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Revoke(Guid id, Decision decision, ClaimService claims, ClaimsPrincipal user, CancellationToken ct) =>
        (await claims.RevokeAsync(id, decision, user, ct)).ToResult(_ => Results.NoContent());

    [WolverineGet("/api/fiches/{ficheId}/owners", Name = "FicheOwners")]
    [Authorize(Policy = AccessPolicies.Audit)]
    public static async Task<IResult> Owners(Guid ficheId, ClaimService claims, CancellationToken ct) =>
        Results.Ok((await claims.OwnersOfAsync(ficheId, ct)).Select(c => new { claimId = c.Id, c.AccountId, name = c.ClaimantName }));
}
