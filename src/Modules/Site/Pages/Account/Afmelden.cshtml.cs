using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Accounts;

namespace SocialeKaart.Modules.Site.Pages.Account;

public sealed class AfmeldenModel : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AccountPrincipal.Scheme);
        return LocalRedirect("/");
    }
}
