using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Security;
using SocialeKaart.Modules.Review.Changes;
using SocialeKaart.Modules.Review.Claims;
using SocialeKaart.Modules.Review.Decisions;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>
/// "Mijn Sociale Kaart": the fiches I manage, each with its one change in progress (go on with the draft, see the one
/// waiting) or a button to start one; my requests with their dates and the coordinator's answer.
/// </summary>
[Authorize(Policy = AccessPolicies.Professional)]
public sealed class IndexModel(ReviewSession review, ChangeRequestService changes) : PageModel
{
    public IReadOnlyList<OwnershipClaim> Claims { get; private set; } = [];
    public IReadOnlyList<ChangeRequest> Changes { get; private set; } = [];
    /// <summary>Every request I sent or started, as the queue holds it (dates, status, the coordinator's answer), newest first.</summary>
    public IReadOnlyList<ReviewItem> Requests { get; private set; } = [];

    /// <summary>My change in progress for a fiche: a draft to go on with, or one waiting for a decision.</summary>
    public ChangeRequest? InProgress(Guid ficheId) =>
        Changes.FirstOrDefault(c => c.FicheId == ficheId && c.Status is ReviewStatus.Draft or ReviewStatus.Open);
    public Microsoft.AspNetCore.Mvc.ProblemDetails? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostStartAsync(Guid ficheId, CancellationToken ct)
    {
        var started = await changes.StartAsync(ficheId, User, ct);
        if (started.Value is { } draft) return Redirect($"/mijn/wijziging/{draft.Request.Id}");
        Problem = started.Problem;
        Response.StatusCode = Problem!.Status ?? 400;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var account = User.AccountId();
        var actor = User.ToActor().Id;
        Claims = await review.Session.Query<OwnershipClaim>().Where(c => c.AccountId == account).OrderBy(c => c.FicheName).ToListAsync(ct);
        Changes = await review.Session.Query<ChangeRequest>().Where(c => c.Author.Id == actor).ToListAsync(ct);
        Requests = (await review.Session.Query<ReviewItem>().Where(i => i.SubmittedBy == actor).ToListAsync(ct))
            .OrderByDescending(i => i.SubmittedAt ?? DateTimeOffset.MaxValue).ToList(); // unsent drafts first
    }
}
