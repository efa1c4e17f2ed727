using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Accounts;

namespace SocialeKaart.Modules.Site.Pages.Account;

/// <summary>Make an account: name, e-mail, password, the terms. The same thank-you whether or not the address was known.</summary>
[RequestSizeLimit(8_192)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Contracts.Security.RateLimits.AccountMail)]
public sealed class RegistrerenModel(IAccounts accounts, IConfiguration configuration) : PageModel
{
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public bool AcceptTerms { get; set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await accounts.RegisterAsync(new RegistrationForm(Email, DisplayName, Password, AcceptTerms), PublicSiteUrl.Of(Request, configuration), ct);
        if (!outcome.Accepted)
        {
            Errors = outcome.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Sent = true;
        return Page();
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
