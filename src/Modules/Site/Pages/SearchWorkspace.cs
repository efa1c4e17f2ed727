using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Accounts;
using SocialeKaart.Modules.Contracts.Search;
using SocialeKaart.Modules.Contracts.Workspace;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>
/// A professional's "bewaren" and "exporteren" on a results page (quick or advanced search): done, the browser is
/// sent back to the search's own address with the notice (post, redirect, get: shareable, safe to reload); refused,
/// the page shows why with the status that fits.
/// </summary>
public static class SearchWorkspace
{
    private const string NoticeKey = "werkmap-melding";
    public const string Saved = "De zoekopdracht is bewaard in je werkmap als \"{0}\".";
    public const string Exporting = "Je export wordt gemaakt. Je krijgt een mail met de link om hem te downloaden.";

    public static Task<WorkspaceOutcome> ExportAsync(IWorkspace workspace, PageModel page, Guid account, string? format, SavedSearchDefinition search,
        string siteUrl, CancellationToken ct) =>
        workspace.RequestExportAsync(account, page.User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? "", format, search, siteUrl, ct);

    /// <summary>Runs <paramref name="act"/> for the signed-in professional; null when the page must be shown with <paramref name="error"/>.</summary>
    public static async Task<IActionResult?> RunAsync(PageModel page, Func<Guid, Task<WorkspaceOutcome>> act, string done, string searchUrl,
        Action<string> error)
    {
        if (page.User.ProfessionalAccountId() is not { } account) return page.Challenge(AccountPrincipal.Scheme);
        var outcome = await act(account);
        if (outcome.Done)
        {
            page.TempData[NoticeKey] = done;
            return new RedirectResult(searchUrl);
        }
        error(string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
        page.Response.StatusCode = outcome.Status;
        return null;
    }

    /// <summary>The notice a redirect after "bewaren" or "exporteren" brought along, once.</summary>
    public static string? Notice(PageModel page) => page.TempData[NoticeKey] as string;
}
