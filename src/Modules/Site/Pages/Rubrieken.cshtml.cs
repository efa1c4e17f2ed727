using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>Browse by rubriek: the whole active tree, each rubriek a link to its organisations (sub-rubrieken included).</summary>
public sealed class RubriekenModel(IRubriekTree rubrieken) : PageModel
{
    public IReadOnlyList<RubriekBranch> Tree { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tree = await rubrieken.ActiveTreeAsync(ct);
}
