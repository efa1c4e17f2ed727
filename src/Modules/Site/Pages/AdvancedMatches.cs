using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>
/// For an advanced search by person or activity: which person or activity of each hit the words found, so the card
/// can say so ("Persoon: An Peeters, onthaal"): a fiche of a big organisation otherwise does not show why it is there.
/// </summary>
public static class AdvancedMatches
{
    public static IReadOnlyDictionary<Guid, string> Find(IReadOnlyDictionary<Guid, Fiche> fiches, string? person, string? activity)
    {
        var found = new Dictionary<Guid, string>();
        foreach (var (id, fiche) in fiches)
        {
            var lines = new List<string>();
            if (Words(person) is { Count: > 0 } personWords)
                lines.AddRange(fiche.Persons.Where(p => Has(p.Name, personWords)).Take(3)
                    .Select(p => $"Persoon: {p.Name}{(string.IsNullOrWhiteSpace(p.Function) ? "" : $", {p.Function}")}"));
            if (Words(activity) is { Count: > 0 } activityWords)
                lines.AddRange(fiche.Activities.Where(a => Has($"{a.Name} {a.Description}", activityWords)).Take(3).Select(a => $"Activiteit: {a.Name}"));
            if (lines.Count > 0) found[id] = string.Join(" · ", lines);
        }
        return found;
    }

    private static List<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    // Every word, as the start of a word of the text: "pee" finds "Peeters"; typos are the search's business, not this.
    private static bool Has(string text, List<string> words)
    {
        var own = TextFolding.Fold(text).Split([' ', '-', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => own.Any(o => o.StartsWith(w, StringComparison.Ordinal)));
    }
}
