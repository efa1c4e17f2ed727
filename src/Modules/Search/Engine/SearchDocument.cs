using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Search.Engine;

/// <summary>
/// A fiche as the search engines index it: its snapshot, the version it reflects, its rubrieken with their ancestors, and
/// the names of its rubrieken (and its activities'), with their parents', searched as text: the editors' classification
/// says in a word what the organisation does ("Voedselhulp", "Sociale huisvesting") where its own text may not, and a
/// woonzorgcentrum is also one of the "Woonvoorzieningen voor ouderen".
/// </summary>
public sealed record SearchDocument(Guid Id, long Version, FicheSnapshot Fiche, IReadOnlyList<string> RubriekenWithAncestors,
    IReadOnlyList<string>? RubriekNames = null)
{
    public bool Findable => Fiche.Status != "defunct";

    /// <summary>A fiche as indexed: its rubrieken and its activities', with their ancestors (for the filters) and their names (as text).</summary>
    public static async Task<SearchDocument> ForAsync(Guid id, long version, FicheSnapshot fiche, IRubriekTree tree, CancellationToken ct)
    {
        var codes = fiche.Rubrieken.Concat(fiche.Activities.SelectMany(a => a.Rubrieken)).Distinct().ToList();
        var names = await tree.NamesAsync(ct);
        // Each rubriek's own name and its parent's (codes nest: 14.04.01 under 14.04): the domain's name ("Ouderen",
        // "Thuiszorg") would put a broad word in thousands of fiches and make every search that matches it slower (measured).
        var named = codes.Concat(codes.Where(c => c.Contains('.')).Select(c => c[..c.LastIndexOf('.')])).Distinct();
        return new SearchDocument(id, version, fiche, await tree.WithAncestorsAsync(codes, ct),
            named.Select(code => names.GetValueOrDefault(code)).OfType<string>().Distinct().ToList());
    }
}
