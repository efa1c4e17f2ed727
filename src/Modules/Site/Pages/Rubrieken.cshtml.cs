using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Contracts.Search;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>
/// Browse by rubriek: each main rubriek folds open to its sub-rubrieken, every one with how many organisations it
/// has (sub-rubrieken included), and a filter box (?zoek=) that keeps the rubrieken whose name has the words.
/// </summary>
public sealed class RubriekenModel(IRubriekTree rubrieken, IQuickSearch search, IMemoryCache cache) : PageModel
{
    // Counts change only as fiches do, and the page is visited often: five minutes old is recent enough.
    private static readonly TimeSpan CountsFor = TimeSpan.FromMinutes(5);

    public IReadOnlyList<RubriekBranch> Tree { get; private set; } = [];
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();
    public string? Zoek { get; private set; }

    public async Task OnGetAsync(string? zoek, CancellationToken ct)
    {
        Zoek = string.IsNullOrWhiteSpace(zoek) ? null : zoek.Trim()[..Math.Min(zoek.Trim().Length, 100)];
        var tree = await rubrieken.ActiveTreeAsync(ct);
        Counts = await cache.GetOrCreateAsync("site:rubriek-counts", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CountsFor;
            return await CountAsync(tree, ct);
        }) ?? new Dictionary<string, int>();
        Tree = Zoek is null ? tree : Filter(tree, Zoek);
    }

    public int Count(string code) => Counts.GetValueOrDefault(code);

    /// <summary>The branches with a matching name, or a matching rubriek below them (shown with only the matching ones).</summary>
    public static IReadOnlyList<RubriekBranch> Filter(IReadOnlyList<RubriekBranch> tree, string words)
    {
        var wanted = TextFolding.Fold(words).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool Matches(RubriekBranch b) => wanted.All(TextFolding.Fold(b.Name).Contains);
        RubriekBranch? Keep(RubriekBranch b)
        {
            if (Matches(b)) return b;
            var children = b.Children.Select(Keep).OfType<RubriekBranch>().ToList();
            return children.Count > 0 ? b with { Children = children } : null;
        }
        return tree.Select(Keep).OfType<RubriekBranch>().ToList();
    }

    // The facet counts every rubriek a fiche has with its sub-rubrieken; a main rubriek that no fiche has itself is not
    // among the facet's values, so those are counted by filtering on them.
    private async Task<IReadOnlyDictionary<string, int>> CountAsync(IReadOnlyList<RubriekBranch> tree, CancellationToken ct)
    {
        var all = await search.SearchAsync(new QuickSearchQuery(PageSize: 1), ct);
        var counts = (all.Response?.Rubrieken ?? []).ToDictionary(f => f.Value, f => f.Count, StringComparer.Ordinal);
        foreach (var branch in tree.Where(b => !counts.ContainsKey(b.Code)))
        {
            var one = await search.SearchAsync(new QuickSearchQuery(Rubrieken: [branch.Code], PageSize: 1), ct);
            counts[branch.Code] = one.Response?.Total ?? 0;
        }
        return counts;
    }
}
