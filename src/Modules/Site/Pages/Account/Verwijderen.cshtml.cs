using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Accounts;

namespace SocialeKaart.Modules.Site.Pages.Account;

/// <summary>Delete my account: confirmed with the password; everything of this person is erased, notes become unreadable.</summary>
[RequestSizeLimit(8_192)]
public sealed class VerwijderenModel(IAccounts accounts) : PageModel
{
    [BindProperty] public string? Password { get; set; }
    public string? Error { get; private set; }

    public IActionResult OnGet() => User.AccountId() is null ? Challenge(AccountPrincipal.Scheme) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.AccountId() is not { } id) return Challenge(AccountPrincipal.Scheme);
        if (!await accounts.DeleteAsync(id, Password, ct))
        {
            Error = "Dit wachtwoord klopt niet.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await HttpContext.SignOutAsync(AccountPrincipal.Scheme);
        return LocalRedirect("/?account-verwijderd=1");
    }
}
