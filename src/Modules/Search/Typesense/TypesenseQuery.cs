using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Typesense;

/// <summary>
/// The search parameters of a request, shared by a page of results and the map's points. Typesense has one
/// text query per search (q + query_by), so of the texts a request carries (the quick-search text, then the
/// advanced organisation, person, activity, street and term fields) the first is the query, with typo
/// tolerance and ranking, and each further one narrows as a word filter on its own fields (exact words,
/// no typos: a documented difference from the embedded engine, ADR 14).
/// </summary>
public static class TypesenseQuery
{
    private const string QuickFields = $"{TypesenseSchema.Name},{TypesenseSchema.People},{TypesenseSchema.Text}";
    private const int MaxWords = 12;

    public static Dictionary<string, string> For(SearchRequest request)
    {
        var texts = Texts(request).ToList();
        var filter = TypesenseFilter.For(request);
        foreach (var (text, fields) in texts.Skip(1))
            foreach (var word in Words(text))
                filter += " && (" + string.Join(" || ", fields.Split(',').Select(f => $"{f}:{TypesenseFilter.Literal(word)}")) + ")";
        var (q, queryBy) = texts.Count > 0 ? texts[0] : ("*", QuickFields);
        var parameters = new Dictionary<string, string>
        {
            ["q"] = q,
            ["query_by"] = queryBy,
            ["filter_by"] = filter,
            ["sort_by"] = TypesenseFilter.SortFor(request),
            // Typos only on longer words, as on the embedded engine: one from 5 letters, two from 8; and only when
            // the words as typed find nothing (typo_tokens_threshold, the embedded engine's second attempt).
            ["num_typos"] = "2", ["min_len_1typo"] = "5", ["min_len_2typo"] = "8", ["typo_tokens_threshold"] = "1", ["prefix"] = "true",
            // When no document has every word, drop words (from either end) until some match: never zero results when
            // some words match, as the embedded engine's last attempt; exact matches rank above typo corrections.
            ["drop_tokens_threshold"] = "1", ["drop_tokens_mode"] = "both_sides", ["prioritize_exact_match"] = "true",
        };
        // Only a request that carries the thesaurus uses the set: the engine has pushed it before this search.
        if (request.Synonyms is not null) parameters["synonym_sets"] = TypesenseSchema.SynonymSet;
        if (queryBy == QuickFields) parameters["query_by_weights"] = "6,3,2";
        return parameters;
    }

    /// <summary>Each non-empty text of the request with the fields it searches, quick search first.</summary>
    private static IEnumerable<(string Text, string Fields)> Texts(SearchRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Text)) yield return (WithoutStopwords(request.Text), QuickFields);
        if (request.Advanced is not { } a) yield break;
        if (!string.IsNullOrWhiteSpace(a.Organisation)) yield return (a.Organisation.Trim(), TypesenseSchema.Name);
        if (!string.IsNullOrWhiteSpace(a.Person)) yield return (a.Person.Trim(), TypesenseSchema.Person);
        if (!string.IsNullOrWhiteSpace(a.Activity)) yield return (a.Activity.Trim(), TypesenseSchema.Activity);
        if (!string.IsNullOrWhiteSpace(a.Street)) yield return (a.Street.Trim(), TypesenseSchema.Street);
        if (!string.IsNullOrWhiteSpace(a.Term)) yield return (a.Term.Trim(), TermFields(a.TermIn));
    }

    private static string TermFields(IReadOnlyCollection<TermField>? chosen) => string.Join(',',
        (chosen is { Count: > 0 } ? chosen : Enum.GetValues<TermField>()).Select(f => f switch
        {
            TermField.GeneralOperation => TypesenseSchema.Operation,
            TermField.Tasks => TypesenseSchema.Tasks,
            TermField.Street => TypesenseSchema.Street,
            _ => TypesenseSchema.TrefwoordText,
        }).Distinct());

    /// <summary>
    /// The query without stopwords and question words, as the embedded engine reads it (unless nothing else is left);
    /// without the words for whom the help is ("mijn moeder ...") when others say the need. The embedded engine ranks
    /// by those words without requiring them; Typesense has no optional words, so they are left out (ADR 14).
    /// </summary>
    public static string WithoutStopwords(string text)
    {
        static string Folded(string w) => TextFolding.Fold(w.Trim('?', '!', '.', ','));
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !Lucene.DutchAnalysis.IsStopword(Folded(w))).ToList();
        if (kept.Count == 0) kept = [.. words];
        var needs = kept.Where(w => !Lucene.DutchAnalysis.IsContextWord(Folded(w))).ToList();
        return string.Join(' ', needs.Count > 0 ? needs : kept);
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[])[' ', '\t', ',', ';', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Take(MaxWords);
}
