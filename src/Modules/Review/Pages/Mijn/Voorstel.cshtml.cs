using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Security;
using SocialeKaart.Modules.Review.Proposals;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>Propose an organisation that is not on the map yet; once approved it is on the map and the proposer manages it.</summary>
[Authorize(Policy = AccessPolicies.Professional)]
[RequestSizeLimit(32_768)]
public sealed class VoorstelModel(ProposalService proposals) : PageModel
{
    [BindProperty] public ProposedOrganisation Organisation { get; set; } = new(null, null, null, null, null, null, null, null, null, null, null);
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
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

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;
}
