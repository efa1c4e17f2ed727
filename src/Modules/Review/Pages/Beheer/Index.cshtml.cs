using SocialeKaart.Modules.Contracts.Geography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Security;

namespace SocialeKaart.Modules.Review.Pages.Beheer;

/// <summary>The coordinators' queue: open items in their provinces, oldest first, filtered by kind, province and age.</summary>
[Authorize(Policy = AccessPolicies.BackOffice)]
public sealed class IndexModel(ReviewQueue queue, IGeography geography) : PageModel
{
    public IGeography Geography => geography;
    [BindProperty(SupportsGet = true)] public ReviewKind? Soort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Provincie { get; set; }
    [BindProperty(SupportsGet = true)] public int? Dagen { get; set; }
    [BindProperty(SupportsGet = true)] public int Pagina { get; set; } = 1;
    public QueuePage Queue { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) (Soort, Dagen, Pagina) = (null, null, 1); // a hand-edited address shows the whole queue
        Queue = await queue.OpenAsync(new QueueFilter(Soort, Provincie, Dagen, Math.Max(1, Pagina)), User, ct);
    }
}
