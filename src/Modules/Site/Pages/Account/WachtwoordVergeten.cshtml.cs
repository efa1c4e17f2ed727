using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Accounts;

namespace SocialeKaart.Modules.Site.Pages.Account;

/// <summary>Ask for a reset link; the answer is the same whether or not the address has an account.</summary>
[RequestSizeLimit(8_192)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Contracts.Security.RateLimits.AccountMail)]
public sealed class WachtwoordVergetenModel(IAccounts accounts, IConfiguration configuration) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await accounts.RequestPasswordResetAsync(Email, PublicSiteUrl.Of(Request, configuration), ct);
        Sent = true;
        return Page();
    }
}
