using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Security;
using SocialeKaart.Modules.Review.Changes;
using SocialeKaart.Modules.Review.Claims;
using SocialeKaart.Modules.Review.Decisions;
using SocialeKaart.Modules.Review.Proposals;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>"Mijn Sociale Kaart": the fiches I manage, my requests and their status; start a change to a fiche I own.</summary>
[Authorize(Policy = AccessPolicies.Professional)]
public sealed class IndexModel(ReviewSession review, ChangeRequestService changes) : PageModel
{
    public IReadOnlyList<OwnershipClaim> Claims { get; private set; } = [];
    public IReadOnlyList<ChangeRequest> Changes { get; private set; } = [];
    public IReadOnlyList<Proposal> Proposals { get; private set; } = [];
    public Microsoft.AspNetCore.Mvc.ProblemDetails? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostStartAsync(Guid ficheId, CancellationToken ct)
    {
        var started = await changes.StartAsync(ficheId, User, ct);
        if (started.Value is { } request) return Redirect($"/mijn/wijziging/{request.Id}");
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
        Changes = await review.Session.Query<ChangeRequest>().Where(c => c.Author.Id == actor).OrderByDescending(c => c.Id).ToListAsync(ct);
        Proposals = await review.Session.Query<Proposal>().Where(p => p.AccountId == account).OrderByDescending(p => p.Id).ToListAsync(ct);
    }
}
