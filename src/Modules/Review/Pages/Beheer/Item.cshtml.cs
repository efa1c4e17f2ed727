using SocialeKaart.Modules.Contracts.Geography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Security;
using SocialeKaart.Modules.Review.Changes;
using SocialeKaart.Modules.Review.Claims;
using SocialeKaart.Modules.Review.Decisions;
using SocialeKaart.Modules.Review.Proposals;
using SocialeKaart.Modules.Review.Suggestions;

namespace SocialeKaart.Modules.Review.Pages.Beheer;

/// <summary>
/// One item of the queue with what a coordinator needs to decide (for a change request: the field-level diff with
/// conflicts), and the decision itself. The same services as the API decide, so the same rules hold.
/// </summary>
[Authorize(Policy = AccessPolicies.BackOffice)]
[RequestSizeLimit(32_768)]
public sealed class ItemModel(
    ReviewSession review, ClaimService claims, ChangeRequestService changes, SuggestionTriageService triage, ProposalService proposals,
    IRubriekTree rubrieken) : PageModel
{
    public IGeography Geography => review.Geography;
    public ReviewItem? Item { get; private set; }
    public OwnershipClaim? Claim { get; private set; }
    /// <summary>For a claim: whether the applicant's e-mail domain is the fiche's own.</summary>
    public ClaimEvidence? Evidence { get; private set; }
    public ChangeReview? Change { get; private set; }
    public ChangeSuggestion? Suggestion { get; private set; }
    public Proposal? Proposal { get; private set; }
    /// <summary>For a proposal: the name of the rubriek it proposes.</summary>
    public string? ProposedRubriek { get; private set; }
    public Microsoft.AspNetCore.Mvc.ProblemDetails? Problem { get; private set; }

    [BindProperty] public string? Note { get; set; }
    [BindProperty] public List<string> Fields { get; set; } = [];
    [BindProperty] public bool OverrideConflicts { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFoundPage();

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) => DecideAsync(id, async (item, decision) => item.Kind switch
    {
        ReviewKind.Claim => (await claims.ApproveAsync(id, decision, User, ct)).Problem,
        ReviewKind.ChangeRequest => (await changes.ApproveAsync(id, new ApproveChange(Fields, OverrideConflicts, Note), User, ct)).Problem,
        ReviewKind.Proposal => (await proposals.ApproveAsync(id, decision, User, ct)).Problem,
        _ => (await triage.ConvertAsync(id, decision, User, ct)).Problem,
    }, ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) => DecideAsync(id, async (item, decision) => item.Kind switch
    {
        ReviewKind.Claim => (await claims.RejectAsync(id, decision, User, ct)).Problem,
        ReviewKind.ChangeRequest => (await changes.RejectAsync(id, decision, User, ct)).Problem,
        ReviewKind.Proposal => (await proposals.RejectAsync(id, decision, User, ct)).Problem,
        _ => (await triage.DismissAsync(id, decision, User, ct)).Problem,
    }, ct);

    private async Task<IActionResult> DecideAsync(Guid id, Func<ReviewItem, Decision, Task<Microsoft.AspNetCore.Mvc.ProblemDetails?>> decide, CancellationToken ct)
    {
        var item = await review.ItemAsync(id, ct);
        if (item is null) return NotFoundPage();
        Problem = await decide(item, new Decision(Note));
        if (Problem is null) return Redirect($"/beheer/{id}?beslist=1");
        await LoadAsync(id, ct);
        Response.StatusCode = Problem.Status ?? StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Item = await review.ItemAsync(id, ct);
        if (Item is null) return false;
        switch (Item.Kind)
        {
            case ReviewKind.Claim:
                Claim = await review.Session.LoadAsync<OwnershipClaim>(id, ct);
                if (Claim is not null && await review.FicheAsync(Claim.FicheId, ct) is { } fiche) Evidence = ClaimEvidence.Of(Claim.ClaimantEmail, fiche);
                break;
            case ReviewKind.ChangeRequest: Change = (await changes.ReviewAsync(id, User, ct)).Value; break;
            case ReviewKind.Suggestion: Suggestion = await review.Session.LoadAsync<ChangeSuggestion>(id, ct); break;
            default:
                Proposal = await review.Session.LoadAsync<Proposal>(id, ct);
                if (Proposal?.Organisation.Rubriek is { } code)
                    ProposedRubriek = $"{(await rubrieken.NamesAsync(ct)).GetValueOrDefault(code) ?? "onbekend"} ({code})";
                break;
        }
        return true;
    }

    public IReadOnlyList<string> ProblemMessages() => Problem is null ? [] : Pages.ProblemMessages.All(Problem);

    private IActionResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
