using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Security;
using SocialeKaart.Modules.Review.Claims;
using SocialeKaart.Modules.Review.Decisions;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>Ask to manage a fiche: a motivation the coordinator reads (who you are at the organisation).</summary>
[Authorize(Policy = AccessPolicies.Professional)]
[RequestSizeLimit(16_384)]
public sealed class BeherenModel(ReviewSession review, ClaimService claims) : PageModel
{
    public Fiche? Fiche { get; private set; }
    [BindProperty] public string? Motivation { get; set; }
    public Microsoft.AspNetCore.Mvc.ProblemDetails? Problem { get; private set; }
    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Fiche = await review.FicheAsync(id, ct);
        if (Fiche is null) Response.StatusCode = 404;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Fiche = await review.FicheAsync(id, ct);
        if (Fiche is null) { Response.StatusCode = 404; return Page(); }
        var outcome = await claims.SubmitAsync(id, new ClaimForm(Motivation), User, ct);
        Problem = outcome.Problem;
        Sent = Problem is null;
        if (Problem is not null) Response.StatusCode = Problem.Status ?? 400;
        return Page();
    }
}
