using Microsoft.AspNetCore.WebUtilities;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Search;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>
/// Ways on from a search that found nothing, so it is never a dead end (issue 12): the same words in the whole
/// directory (when a place or filter narrowed them to nothing), and the rubrieken that fit the words, in the place.
/// </summary>
/// <param name="EverywhereTotal">How many the words find without place or filters; null when there was nothing to widen.</param>
public sealed record ZeroResultHelp(int? EverywhereTotal, string EverywhereHref, IReadOnlyList<(string Name, string Href)> Rubrieken)
{
    public const int ShownRubrieken = 5;

    /// <summary>Widens the search to the words alone and picks the rubrieken they lead to.</summary>
    /// <param name="names">Every rubriek's name by code, to fall back on names containing the words.</param>
    public static async Task<ZeroResultHelp> FindAsync(IQuickSearch search, string? q, string? waar, bool narrowed,
        IReadOnlyDictionary<string, string> names, CancellationToken ct)
    {
        var everywhere = new ZoekenLink(q, null).Href;
        if (string.IsNullOrWhiteSpace(q)) return new(null, everywhere, []);
        int? total = null;
        IEnumerable<string> codes = [];
        if (narrowed)
        {
            var widened = await search.SearchAsync(new QuickSearchQuery(q, PageSize: 1), ct);
            if (widened.Response is { } response)
            {
                total = response.Total;
                codes = response.Rubrieken.Select(f => f.Value);
            }
        }
        var chosen = codes.Where(names.ContainsKey).Take(ShownRubrieken).ToList();
        if (chosen.Count == 0) chosen = NamedAfter(q, names).Take(ShownRubrieken).ToList();
        return new(total, everywhere, chosen.Select(code => (names[code], InPlace(code, waar))).ToList());
    }

    /// <summary>The rubrieken with a word starting with one of the query's words of four letters or more, broadest first.</summary>
    public static IEnumerable<string> NamedAfter(string q, IReadOnlyDictionary<string, string> names)
    {
        var words = Words(q).Where(w => w.Length >= 4).ToList();
        if (words.Count == 0) return [];
        return names.Where(n => Words(n.Value).Any(nameWord => words.Any(nameWord.StartsWith)))
            .OrderBy(n => n.Key.Length).ThenBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Key);
    }

    private static IEnumerable<string> Words(string text) =>
        TextFolding.Fold(text).Split([' ', '-', ',', '/', '(', ')', '.', '\''], StringSplitOptions.RemoveEmptyEntries);

    private static string InPlace(string code, string? waar) => QueryHelpers.AddQueryString("/zoeken",
        new[] { ("rubriek", (string?)code), ("waar", waar) }.Where(p => !string.IsNullOrEmpty(p.Item2))
            .Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2)));
}
