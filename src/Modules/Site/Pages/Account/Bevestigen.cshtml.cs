using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Accounts;

namespace SocialeKaart.Modules.Site.Pages.Account;

/// <summary>
/// The link from the verification mail. Opening it shows a button; confirming takes a POST, so a mail scanner that
/// opens every link does not confirm on the person's behalf.
/// </summary>
public sealed class BevestigenModel(IAccounts accounts) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    public bool Invalid { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var account = await accounts.VerifyEmailAsync(Token, ct);
        if (account is null)
        {
            Invalid = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await HttpContext.SignInAsync(AccountPrincipal.Scheme, AccountPrincipal.Create(account));
        return LocalRedirect("/mijn");
    }
}
