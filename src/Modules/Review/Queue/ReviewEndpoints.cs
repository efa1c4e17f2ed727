using SocialeKaart.Modules.Review.Decisions;
using SocialeKaart.Modules.Review.Changes;
using SocialeKaart.Modules.Review.Claims;
using SocialeKaart.Modules.Review.Proposals;
using SocialeKaart.Modules.Review.Suggestions;

namespace SocialeKaart.Modules.Review.Queue;

/// <summary>The back office's API: the queue, each kind's decisions, and the full history of one review for auditors.</summary>
public static class ReviewEndpoints
{
    [WolverineGet("/api/reviews", Name = "ReviewQueue")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Queue(ReviewKind? kind, string? province, int? minDaysWaiting, int? page, ReviewQueue queue, ClaimsPrincipal user, CancellationToken ct) =>
        Results.Ok(await queue.OpenAsync(new QueueFilter(kind, province, minDaysWaiting, page ?? 1), user, ct));

    [WolverineGet("/api/reviews/{id}/history", Name = "ReviewHistory")]
    [Authorize(Policy = AccessPolicies.Audit)]
    public static async Task<IResult> History(Guid id, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        if (events.Count == 0) return Results.Problem(Problems.NotFound("Er bestaat geen review met dit id."));
        return Results.Ok(events.Select(e => new { e.Version, e.Sequence, type = e.EventTypeName, at = e.Timestamp, data = e.Data }));
    }

    [WolverineGet("/api/change-requests/{id}", Name = "ChangeRequestReview")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> Change(Guid id, ChangeRequestService changes, ClaimsPrincipal user, CancellationToken ct) =>
        (await changes.ReviewAsync(id, user, ct)).ToResult();

    [WolverinePost("/api/fiches/{ficheId}/change-requests", Name = "StartChangeRequest")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> Start(Guid ficheId, ChangeRequestService changes, ClaimsPrincipal user, CancellationToken ct) =>
        (await changes.StartAsync(ficheId, user, ct)).ToResult(r => Results.Created($"/api/change-requests/{r.Id}", new { r.Id, r.FicheId, r.BaseVersion }));

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

    [WolverinePost("/api/suggestions/{id}/convert", Name = "ConvertSuggestion")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Convert(Guid id, Decision body, SuggestionTriageService triage, ClaimsPrincipal user, CancellationToken ct) =>
        (await triage.ConvertAsync(id, body, user, ct)).ToResult(r => Results.Created($"/api/change-requests/{r.Id}", new { r.Id, r.FicheId }));

    [WolverinePost("/api/suggestions/{id}/dismiss", Name = "DismissSuggestion")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Dismiss(Guid id, Decision body, SuggestionTriageService triage, ClaimsPrincipal user, CancellationToken ct) =>
        (await triage.DismissAsync(id, body, user, ct)).ToResult(_ => Results.NoContent());

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
