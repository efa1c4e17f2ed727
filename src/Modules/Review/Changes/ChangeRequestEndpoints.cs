using SocialeKaart.Modules.Review.Decisions;

namespace SocialeKaart.Modules.Review.Changes;

/// <summary>Owner change requests: the author drafts and sends; the back office approves (all or some fields) or rejects.</summary>
public static class ChangeRequestEndpoints
{
    // Its author, the back office and auditors (an API key has no professional role): ReviewAsync checks which.
    [WolverineGet("/api/change-requests/{id}", Name = "ChangeRequestReview")]
    [Authorize]
    public static async Task<IResult> Change(Guid id, ChangeRequestService changes, ClaimsPrincipal user, CancellationToken ct) =>
        (await changes.ReviewAsync(id, user, ct)).ToResult();

    // 201 with a new draft, 200 with the owner's open draft (resumed), 409 while their last change awaits a decision.
    [WolverinePost("/api/fiches/{ficheId}/change-requests", Name = "StartChangeRequest")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> Start(Guid ficheId, ChangeRequestService changes, ClaimsPrincipal user, CancellationToken ct) =>
        (await changes.StartAsync(ficheId, user, ct)).ToResult(d => d.Resumed
            ? Results.Ok(new { d.Request.Id, d.Request.FicheId, d.Request.BaseVersion, d.Resumed })
            : Results.Created($"/api/change-requests/{d.Request.Id}", new { d.Request.Id, d.Request.FicheId, d.Request.BaseVersion, d.Resumed }));

    [WolverinePut("/api/change-requests/{id}/draft/{section}", Name = "EditDraft")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> Edit(Guid id, string section, DraftSection body, ChangeRequestService changes, ClaimsPrincipal user, CancellationToken ct) =>
        (await changes.EditAsync(id, section, body, user, ct)).ToResult(_ => Results.NoContent());

    [WolverinePost("/api/change-requests/{id}/submit", Name = "SubmitChangeRequest")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> Submit(Guid id, SubmitChange body, ChangeRequestService changes, ClaimsPrincipal user, CancellationToken ct) =>
        (await changes.SubmitAsync(id, body, user, ct)).ToResult(_ => Results.NoContent());

    [WolverinePost("/api/change-requests/{id}/withdraw", Name = "WithdrawChangeRequest")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> Withdraw(Guid id, ChangeRequestService changes, ClaimsPrincipal user, CancellationToken ct) =>
        (await changes.WithdrawAsync(id, user, ct)).ToResult(_ => Results.NoContent());

    [WolverinePost("/api/change-requests/{id}/approve", Name = "ApproveChangeRequest")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Approve(Guid id, ApproveChange body, ChangeRequestService changes, ClaimsPrincipal user, CancellationToken ct) =>
        (await changes.ApproveAsync(id, body, user, ct)).ToResult();

    [WolverinePost("/api/change-requests/{id}/reject", Name = "RejectChangeRequest")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Reject(Guid id, Decision body, ChangeRequestService changes, ClaimsPrincipal user, CancellationToken ct) =>
        (await changes.RejectAsync(id, body, user, ct)).ToResult();
}
