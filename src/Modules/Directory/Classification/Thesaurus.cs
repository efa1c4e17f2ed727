namespace SocialeKaart.Modules.Directory.Classification;

/// <summary>Matches what people type to the thesaurus' preferred terms, ignoring case and accents.</summary>
public static class Thesaurus
{
    public static Trefwoord? Resolve(IEnumerable<Trefwoord> thesaurus, string input)
    {
        var key = Fold(input);
        return thesaurus.Where(t => !t.Retired).FirstOrDefault(t => Fold(t.Term) == key)
            ?? thesaurus.Where(t => !t.Retired).FirstOrDefault(t => t.AllForms().Any(f => Fold(f) == key));
    }

    public static IEnumerable<Trefwoord> Suggest(IEnumerable<Trefwoord> thesaurus, string input, int limit)
    {
        var key = Fold(input);
        return thesaurus.Where(t => !t.Retired)
            .Select(t => (t, rank: Fold(t.Term).StartsWith(key, StringComparison.Ordinal) ? 0
                : t.AllForms().Any(f => Fold(f).StartsWith(key, StringComparison.Ordinal)) ? 1
                : t.AllForms().Any(f => Fold(f).Contains(key, StringComparison.Ordinal)) ? 2 : 3))
            .Where(x => x.rank < 3)
            .OrderBy(x => x.rank).ThenBy(x => x.t.Term, StringComparer.Ordinal)
            .Take(limit)
            .Select(x => x.t);
    }

    public static string Fold(string text) => TextFolding.Fold(text.Trim());
}
