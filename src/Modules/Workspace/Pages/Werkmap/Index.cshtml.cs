using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Workspace.Notes;
using SocialeKaart.Modules.Workspace.Searches;

namespace SocialeKaart.Modules.Workspace.Pages.Werkmap;

/// <summary>"Mijn werkmap": favourites (with a referral sheet from a selection), saved searches to run again, my notes.</summary>
[Authorize(Policy = AccessPolicies.Professional)]
public sealed class IndexModel(WorkspaceService workspace) : PageModel
{
    public IReadOnlyList<FavouriteLine> Favourites { get; private set; } = [];
    public IReadOnlyList<SavedSearch> Searches { get; private set; } = [];
    public IReadOnlyList<NoteLine> Notes { get; private set; } = [];
    public bool NotesUnavailable { get; private set; }
    public SavedSearchRun? Run { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRunAsync(Guid id, CancellationToken ct)
    {
        Run = await workspace.RunAsync(User.AccountId()!.Value, id, ct);
        if (Run is null) return NotFound();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteSearchAsync(Guid id, CancellationToken ct)
    {
        await workspace.DeleteSearchAsync(User.AccountId()!.Value, id, ct);
        return Redirect("/werkmap");
    }

    public async Task<IActionResult> OnPostRemoveFavouriteAsync(Guid ficheId, CancellationToken ct)
    {
        await workspace.SetFavouriteAsync(User.AccountId()!.Value, ficheId, false, ct);
        return Redirect("/werkmap");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var account = User.AccountId()!.Value;
        Favourites = await workspace.FavouritesAsync(account, ct);
        Searches = await workspace.SavedSearchesAsync(account, ct);
        try { Notes = await workspace.NotesAsync(account, ct); }
        catch (NotesUnavailableException) { NotesUnavailable = true; }
    }
}
