using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Security;
using SocialeKaart.Modules.Review.Proposals;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>
/// Propose an organisation that is not on the map yet, with the rubriek it fits best and whom it is for; once approved it
/// is on the map and the proposer manages it, with the owner's editor for everything else (hours, persons, activities…).
/// </summary>
[Authorize(Policy = AccessPolicies.Professional)]
[RequestSizeLimit(32_768)]
public sealed class VoorstelModel(ProposalService proposals, IRubriekTree rubrieken) : PageModel
{
    public IReadOnlyList<RubriekBranch> Domains { get; private set; } = [];

    [BindProperty] public ProposedOrganisation Organisation { get; set; } = new(null, null, null, null, null, null, null, null, null, null, null);
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public bool Sent { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Domains = await rubrieken.ActiveTreeAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Domains = await rubrieken.ActiveTreeAsync(ct);
        var outcome = await proposals.SubmitAsync(Organisation, User, ct);
        if (outcome.Problem is { } problem)
        {
            var byField = ProblemMessages.ByField(problem);
            Errors = byField.Count > 0 ? byField : new Dictionary<string, string[]> { [""] = [problem.Detail ?? ""] };
            Response.StatusCode = problem.Status ?? 400;
            return Page();
        }
        Sent = true;
        return Page();
    }

    public string? ErrorFor(string field) =>
        Errors.Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal)).SelectMany(e => e.Value).ToList() is { Count: > 0 } m
            ? string.Join(" ", m.Distinct()) : null;
}
