using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Lucene;

/// <summary>
/// Builds the Lucene query for a search. Every word must match somewhere; per word, exact matches on the
/// organisation's name rank first, then persons and activities, the text, stems and prefixes. Typo
/// corrections are later attempts (<see cref="Corrections"/>: one edit, then two), made only when the words
/// as typed find nothing — as Typesense does (typo_tokens_threshold=1, fewer typos first) — and only on
/// longer words (one edit from 5 letters, two from 8) that the index does not hold as typed (nor as the start
/// of a word), so a correct word is never "corrected", short words do not over-match, and the common case
/// never pays for fuzzy matching; two edits cost about five times one (measured), so they come last.
/// </summary>
public sealed class QueryBuilder
{
    public const int MaxWords = 12;
    private readonly Analyzer _folding = DutchAnalysis.Folding();
    private readonly Analyzer _stemming = DutchAnalysis.Stemming();

    /// <summary>Which words may be corrected, and by how many edits at most.</summary>
    public sealed record Corrections(int MaxEdits, Func<string, bool> Known)
    {
        public int For(string word) => Known(word) ? 0 : Edits(word, MaxEdits);
    }

    /// <summary>True when some word of the request is long enough to correct and not in the index as typed.</summary>
    public bool CanCorrect(SearchRequest request, Func<string, bool> known)
    {
        var texts = new[] { request.Text }.Concat(request.Advanced is { } a ? [a.Organisation, a.Person, a.Activity, a.Street, a.Term] : []);
        return texts.Where(t => !string.IsNullOrWhiteSpace(t))
            .SelectMany(t => DutchAnalysis.Tokens(_folding, Fields.Text, t!).Take(MaxWords))
            .Any(word => Edits(word) > 0 && !known(word));
    }

    public Query Build(SearchRequest request, Corrections? corrections = null)
    {
        var root = new BooleanQuery();
        var words = string.IsNullOrWhiteSpace(request.Text) ? [] : DutchAnalysis.Tokens(_folding, Fields.Text, request.Text).Take(MaxWords).ToList();
        var stems = words.Count == 0 ? [] : DutchAnalysis.Tokens(_stemming, Fields.Stemmed, request.Text!).Take(MaxWords).ToList();
        var alternatives = Alternatives(request.Synonyms);
        if (words.Count > 1 && alternatives.TryGetValue(string.Join(' ', words), out var wholeQuery))
            root.Add(Either(AllWords(words, stems, corrections), wholeQuery), Occur.MUST); // "sociaal huis" ↔ "OCMW"
        else
            for (var i = 0; i < words.Count; i++)
            {
                var word = Word(words[i], i < stems.Count ? stems[i] : null, corrections);
                root.Add(alternatives.TryGetValue(words[i], out var others) ? Either(word, others) : word, Occur.MUST);
            }
        if (words.Count == 0) root.Add(new MatchAllDocsQuery(), Occur.MUST);

        if (request.Advanced is { } advanced) AddAdvanced(root, advanced, corrections);
        // No "not defunct" clause: defunct fiches are never in the index (LuceneSearchEngine removes them), and a
        // prohibited clause would stop Lucene from scoring in bulk (measured: 1.9 → 0.8 ms for a common word at 100,000 fiches).
        if (request.OnlyParents) root.Add(Filter(new TermQuery(new Term(Fields.IsParent, "1"))), Occur.MUST);
        if (request.Municipalities is { Count: > 0 } nis) root.Add(Filter(AnyOf(Fields.Area, nis)), Occur.MUST);
        if (request.Rubrieken is { Count: > 0 } codes) root.Add(Filter(AnyOf(Fields.Rubriek, codes)), Occur.MUST);
        return root;
    }

    private void AddAdvanced(BooleanQuery root, AdvancedCriteria a, Corrections? corrections)
    {
        AddFieldWords(root, a.Organisation, corrections, Fields.Name);
        AddFieldWords(root, a.Person, corrections, Fields.Person);
        AddFieldWords(root, a.Activity, corrections, Fields.Activity);
        AddFieldWords(root, a.Street, corrections, Fields.Street);
        var termFields = (a.TermIn is { Count: > 0 } chosen ? chosen : Enum.GetValues<TermField>()).Select(f => f switch
        {
            TermField.GeneralOperation => Fields.Operation,
            TermField.Tasks => Fields.Tasks,
            TermField.Street => Fields.Street,
            _ => Fields.TrefwoordText,
        }).Distinct().ToArray();
        AddFieldWords(root, a.Term, corrections, termFields);
        if (a.Trefwoorden is { Count: > 0 } terms)
        {
            var any = new BooleanQuery();
            foreach (var term in terms.Distinct())
                any.Add(new TermQuery(new Term(Fields.Trefwoord, DocumentMapper.Fold(term))), a.AllTrefwoorden ? Occur.MUST : Occur.SHOULD);
            root.Add(Filter(any), Occur.MUST);
        }
    }

    /// <summary>Every word of the text must match in one of the fields: exactly, as a prefix, or (longer words) with a typo.</summary>
    private void AddFieldWords(BooleanQuery root, string? text, Corrections? corrections, params string[] fields)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        foreach (var word in DutchAnalysis.Tokens(_folding, fields[0], text).Take(MaxWords))
        {
            var any = new BooleanQuery();
            var edits = corrections?.For(word) ?? 0;
            foreach (var field in fields)
            {
                any.Add(new TermQuery(new Term(field, word)) { Boost = 2 }, Occur.SHOULD);
                if (word.Length >= 3) any.Add(new PrefixQuery(new Term(field, word)), Occur.SHOULD);
                if (edits > 0) any.Add(new FuzzyQuery(new Term(field, word), edits, 1, 30, true) { Boost = 0.3f }, Occur.SHOULD);
            }
            root.Add(any, Occur.MUST);
        }
    }

    private static Query AllWords(IReadOnlyList<string> words, IReadOnlyList<string> stems, Corrections? corrections)
    {
        var all = new BooleanQuery();
        for (var i = 0; i < words.Count; i++) all.Add(Word(words[i], i < stems.Count ? stems[i] : null, corrections), Occur.MUST);
        return all;
    }

    /// <summary>How many typos a word may hold: none below 5 letters, one from 5, two from 8; never more than asked.</summary>
    public static int Edits(string word, int maxEdits = 2) => Math.Min(maxEdits, word.Length >= 8 ? 2 : word.Length >= 5 ? 1 : 0);

    private Query Either(Query original, IReadOnlyList<IReadOnlyList<string>> alternatives)
    {
        var either = new BooleanQuery { { original, Occur.SHOULD } };
        foreach (var alternative in alternatives) either.Add(AllWords(alternative, alternative, null), Occur.SHOULD);
        return either;
    }

    // The thesaurus changes rarely: its folded form is kept for as long as the same groups are passed in.
    // A class, not a tuple: the engine shares one builder between threads, and a reference is swapped atomically.
    private sealed record FoldedThesaurus(object Groups, Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> Map);
    private FoldedThesaurus? _folded;

    /// <summary>For each folded form (one or more words), the other forms of its thesaurus group, as folded words.</summary>
    private Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> Alternatives(IReadOnlyList<IReadOnlyList<string>>? groups)
    {
        if (groups is null) return [];
        if (_folded is { } cached && ReferenceEquals(cached.Groups, groups)) return cached.Map;
        var map = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var forms = group.Select(f => DutchAnalysis.Tokens(_folding, Fields.Text, f)).Where(t => t.Count > 0).ToList();
            foreach (var form in forms)
                map[string.Join(' ', form)] = forms.Where(other => !other.SequenceEqual(form)).ToList();
        }
        _folded = new FoldedThesaurus(groups, map);
        return map;
    }

    private static Query Word(string word, string? stem, Corrections? corrections)
    {
        var any = new BooleanQuery
        {
            { new TermQuery(new Term(Fields.Name, word)) { Boost = 6 }, Occur.SHOULD },
            { new TermQuery(new Term(Fields.People, word)) { Boost = 3 }, Occur.SHOULD },
            { new TermQuery(new Term(Fields.Text, word)) { Boost = 2 }, Occur.SHOULD },
        };
        if (stem is not null) any.Add(new TermQuery(new Term(Fields.Stemmed, stem)) { Boost = 1.5f }, Occur.SHOULD);
        if (word.Length >= 3)
        {
            any.Add(new PrefixQuery(new Term(Fields.Name, word)) { Boost = 2 }, Occur.SHOULD);
            any.Add(new PrefixQuery(new Term(Fields.Text, word)) { Boost = 1 }, Occur.SHOULD);
        }
        var edits = corrections?.For(word) ?? 0;
        if (edits > 0)
        {
            // A corrected word in the name still says more than a corrected word anywhere in the text.
            any.Add(new FuzzyQuery(new Term(Fields.Name, word), edits, 1, 30, true) { Boost = 1 }, Occur.SHOULD);
            any.Add(new FuzzyQuery(new Term(Fields.Text, word), edits, 1, 30, true) { Boost = 0.3f }, Occur.SHOULD);
        }
        return any;
    }

    private static Query AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values.Distinct()) any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        return any;
    }

    // Filters narrow without changing the ranking.
    private static Query Filter(Query query) => new ConstantScoreQuery(query) { Boost = 0 };
}
