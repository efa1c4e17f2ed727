using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Workspace.Exports;

namespace SocialeKaart.Modules.Workspace.Pages.Werkmap;

/// <summary>The link from the export mail: the file, for the account that asked and only while it is kept.</summary>
[Authorize(Policy = AccessPolicies.Professional)]
public sealed class ExportModel(ExportService exports) : PageModel
{
    public int Status { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? token, CancellationToken ct)
    {
        var (export, content, status) = await exports.DownloadAsync(id, token, User.AccountId()!.Value, ct);
        if (status == StatusCodes.Status200OK) return File(content!, export!.ContentType, export.FileName);
        Status = status;
        Response.StatusCode = status;
        return Page();
    }
}
