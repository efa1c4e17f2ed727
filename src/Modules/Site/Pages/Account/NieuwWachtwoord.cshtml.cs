using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Accounts;

namespace SocialeKaart.Modules.Site.Pages.Account;

/// <summary>The link from the reset mail: choose a new password (the link works once, for an hour).</summary>
[RequestSizeLimit(8_192)]
public sealed class NieuwWachtwoordModel(IAccounts accounts) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public bool Done { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await accounts.ResetPasswordAsync(Token, Password, ct);
        Done = outcome.Done;
        Errors = outcome.Errors;
        if (!Done) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
