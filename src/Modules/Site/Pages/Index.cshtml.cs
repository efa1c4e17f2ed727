using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>Home: the two search fields and the top-level rubrieken as themes to start from.</summary>
public sealed class IndexModel(IRubriekTree rubrieken) : PageModel
{
    public IReadOnlyList<RubriekBranch> Themes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Themes = await rubrieken.ActiveTreeAsync(ct);
}
