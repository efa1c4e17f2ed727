using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Accounts;

namespace SocialeKaart.Modules.Site.Pages.Account;

/// <summary>Sign in with e-mail and password; afterwards back to where the person was going (only within this site).</summary>
[RequestSizeLimit(8_192)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Contracts.Security.RateLimits.SignIn)]
public sealed class AanmeldenModel(IAccounts accounts) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (result, account) = await accounts.CheckPasswordAsync(Email, Password, ct);
        if (account is null)
        {
            Error = result switch
            {
                SignInCheck.EmailNotVerified => "Bevestig eerst je e-mailadres met de link in de mail die we je stuurden.",
                SignInCheck.LockedOut => "Te veel mislukte pogingen: aanmelden kan opnieuw over een kwartier. Of kies een nieuw wachtwoord.",
                _ => "Dit e-mailadres en wachtwoord horen niet bij elkaar.",
            };
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await HttpContext.SignInAsync(AccountPrincipal.Scheme, AccountPrincipal.Create(account));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/mijn");
    }
}
