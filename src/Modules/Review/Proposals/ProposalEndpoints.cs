using SocialeKaart.Modules.Review.Decisions;

namespace SocialeKaart.Modules.Review.Proposals;

/// <summary>New-organisation proposals: professionals propose, the back office decides.</summary>
public static class ProposalEndpoints
{
    [WolverinePost("/api/proposals", Name = "ProposeOrganisation")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> Propose(ProposedOrganisation body, ProposalService proposals, ClaimsPrincipal user, CancellationToken ct) =>
        (await proposals.SubmitAsync(body, user, ct)).ToResult(p => Results.Created($"/api/proposals/{p.Id}", new { p.Id }));

    [WolverinePost("/api/proposals/{id}/approve", Name = "ApproveProposal")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> ApproveProposal(Guid id, Decision body, ProposalService proposals, ClaimsPrincipal user, CancellationToken ct) =>
        (await proposals.ApproveAsync(id, body, user, ct)).ToResult(p => Results.Ok(new { p.Id, ficheId = p.FicheId }));

    [WolverinePost("/api/proposals/{id}/reject", Name = "RejectProposal")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> RejectProposal(Guid id, Decision body, ProposalService proposals, ClaimsPrincipal user, CancellationToken ct) =>
        (await proposals.RejectAsync(id, body, user, ct)).ToResult(_ => Results.NoContent());
}
