using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Lucene;

/// <summary>
/// Builds the Lucene query for a search. Stopwords and question words are left out ("mijn zoon gebruikt drugs" asks
/// about drugs). By default every word must match somewhere; per word, exact matches on the organisation's name rank
/// first, then persons and activities, the text, stems and prefixes, and a thesaurus synonym only as a whole word
/// and weighing less than the word typed. The engine tries stricter readings first and looser ones only when a
/// reading finds nothing (as Typesense does, typo_tokens_threshold and drop_tokens_threshold 1): corrections of
/// the words the index does not hold (<see cref="Corrections"/>: one edit, then two, the first letter included),
/// then of every word (a typo that makes another real word: "Diest Rouw"), then the words the thesaurus knows (the need
/// in a question: <see cref="Needed.Known"/>), then any of the words (<see cref="Needed.Any"/>: ranked by how many and
/// how rare the matched words are). A thesaurus form of several words is one unit wherever its words stand in the
/// query ("zoeken naar werk" holds "werk zoeken"). Typos are tried only on longer words
/// (one edit from 5 letters, two from 8), so short words do not over-match, and the common case never pays for
/// fuzzy matching; two edits cost about five times one (measured), so they come later.
/// </summary>
public sealed class QueryBuilder(CompoundWords? compounds = null)
{
    private readonly Analyzer _parts = DutchAnalysis.Parts(compounds ?? CompoundWords.None);
    public const int MaxWords = 12;
    private const float SynonymWeight = 0.3f;
    private readonly Analyzer _folding = DutchAnalysis.Folding();
    private readonly Analyzer _stemming = DutchAnalysis.Stemming();

    /// <summary>Which words may be corrected, and by how many edits at most; <paramref name="KnownToo"/> corrects words the index holds as well.</summary>
    public sealed record Corrections(int MaxEdits, Func<string, bool> Known, bool KnownToo = false)
    {
        public int For(string word) => !KnownToo && Known(word) ? 0 : Edits(word, MaxEdits);
    }

    /// <summary>The words of a query that count: folded, without stopwords (unless the query is nothing but stopwords).</summary>
    public IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var all = DutchAnalysis.Tokens(_folding, Fields.Text, text).Take(MaxWords * 2).ToList();
        var meaningful = all.Where(w => !DutchAnalysis.IsStopword(w)).ToList();
        return (meaningful.Count > 0 ? meaningful : all).Distinct().Take(MaxWords).ToList();
    }

    /// <summary>True when some word of the request is long enough to correct and not in the index as typed.</summary>
    public bool CanCorrect(SearchRequest request, Func<string, bool> known)
    {
        var texts = new[] { request.Text }.Concat(request.Advanced is { } a ? [a.Organisation, a.Person, a.Activity, a.Street, a.Term] : []);
        return texts.Where(t => !string.IsNullOrWhiteSpace(t))
            .SelectMany(t => DutchAnalysis.Tokens(_folding, Fields.Text, t!).Take(MaxWords))
            .Any(word => Edits(word) > 0 && !known(word));
    }

    /// <summary>
    /// Which of the query's words a fiche must match: all of them, those the thesaurus knows (the need), any that says the
    /// need, or any at all (the words for whom the help is, too).
    /// </summary>
    public enum Needed { All, Known, Any, Anything }

    public Query Build(SearchRequest request, Corrections? corrections = null, Needed needed = Needed.All)
    {
        var root = new BooleanQuery();
        var words = Words(request.Text);
        var alternatives = Alternatives(request.Synonyms);
        var all = DutchAnalysis.Tokens(_folding, Fields.Text, request.Text ?? "").Take(MaxWords).ToList();
        if (all.Count > 1 && alternatives.TryGetValue(string.Join(' ', all), out var wholeQuery))
            // The query is a form of the thesaurus ("sociaal huis" ↔ "OCMW", "problemen op school" ↔ onderwijs): a phrase
            // names a need, so its other forms weigh as much as its words (a single word's synonyms weigh less).
            root.Add(Either(AllWords(words, corrections, words[^1]), wholeQuery, weight: 1f), Occur.MUST);
        else if (needed == Needed.Known && words.Count > 1)
            // The words the thesaurus knows say what is needed ("geen geld voor *eten*"); the others ("mijn", "helpt") only
            // add noise once not every word can match. The engine asks this only when some unit is known (HasKnownUnit).
            foreach (var (unit, _, _) in Units(request.Text, words, alternatives, corrections).Where(u => u.Known)) root.Add(unit, Occur.MUST);
        else if (needed is Needed.Any or Needed.Anything && words.Count > 1)
        {
            // Any word that says the need; the words for whom only rank ("mijn man ..." alone is no answer), unless
            // nothing else matches (Anything, the last reading).
            var some = new BooleanQuery { MinimumNumberShouldMatch = 1 };
            foreach (var (unit, _, context) in Units(request.Text, words, alternatives, corrections))
                if (context && needed == Needed.Any) root.Add(unit, Occur.SHOULD);
                else some.Add(unit, Occur.SHOULD);
            root.Add(some, Occur.MUST);
        }
        else
            // Who the help is for ("mijn *man* drinkt te veel") ranks but is not required: the need is in the other words.
            foreach (var (unit, _, context) in Units(request.Text, words, alternatives, corrections)) root.Add(unit, context ? Occur.SHOULD : Occur.MUST);
        if (words.Count == 0) root.Add(new MatchAllDocsQuery(), Occur.MUST);
        AddFilters(root, request, corrections);
        return root;
    }

    /// <summary>One word of the request with the request's filters: does this word find anything where the search looks?</summary>
    public Query BuildWord(SearchRequest request, string word, Corrections? corrections)
    {
        var root = new BooleanQuery { { WordWithSynonyms(word, Alternatives(request.Synonyms), corrections, prefix: true).Query, Occur.MUST } };
        AddFilters(root, request, corrections);
        return root;
    }

    private void AddFilters(BooleanQuery root, SearchRequest request, Corrections? corrections)
    {
        if (request.Advanced is { } advanced) AddAdvanced(root, advanced, corrections);
        // No "not defunct" clause: defunct fiches are never in the index (LuceneSearchEngine removes them), and a
        // prohibited clause would stop Lucene from scoring in bulk (measured: 1.9 → 0.8 ms for a common word at 100,000 fiches).
        if (request.OnlyParents) root.Add(Filter(new TermQuery(new Term(Fields.IsParent, "1"))), Occur.MUST);
        if (request.Municipalities is { Count: > 0 } nis) root.Add(Filter(AnyOf(Fields.Area, nis)), Occur.MUST);
        if (request.LocatedIn is { Count: > 0 } located) root.Add(Filter(AnyOf(Fields.Located, located)), Occur.MUST);
        if (request.Rubrieken is { Count: > 0 } codes) root.Add(Filter(AnyOf(Fields.Rubriek, codes)), Occur.MUST);
        if (request.InRubrieken is { Count: > 0 } narrowed) root.Add(Filter(AnyOf(Fields.Rubriek, narrowed)), Occur.MUST);
        if (request.Languages is { Count: > 0 } languages) root.Add(Filter(AnyOf(Fields.Language, languages)), Occur.MUST);
        if (request.TargetGroups is { Count: > 0 } groups) root.Add(Filter(AnyOf(Fields.TargetGroup, groups)), Occur.MUST);
        if (request.OpenAt is { } at) root.Add(Filter(OpenAt(at)), Occur.MUST);
        if (request.Costs is { Count: > 0 } costs) root.Add(Filter(AnyOf(Fields.Cost, costs)), Occur.MUST);
    }

    /// <summary>A word of the query with its thesaurus group's other forms; Known: it has a group (or a typo of one does).</summary>
    private (Query Query, bool Known) WordWithSynonyms(string word, Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> alternatives,
        Corrections? corrections, bool prefix)
    {
        var stem = Stem(word);
        var query = Word(word, stem, corrections, prefix);
        if (OthersOf(word, stem, alternatives, corrections) is not { } found) return (query, false);
        // A typo corrected to a thesaurus word ("psygoloog" → psycholoog) is that word as if typed (its stem, prefixes
        // and compounds: psychologenpraktijk), a little below what the typo itself matches; then its synonyms.
        if (found.Corrected is { } corrected)
        {
            var asTyped = Word(corrected, Stem(corrected), null, prefix);
            asTyped.Boost = CorrectedWeight;
            query = new BooleanQuery { { query, Occur.SHOULD }, { asTyped, Occur.SHOULD } };
        }
        return (Either(query, found.Others), true);
    }

    private const float CorrectedWeight = 0.8f;

    /// <summary>Whether some unit of the query's words is in the thesaurus: then "what is needed" is a reading worth trying.</summary>
    public bool HasKnownUnit(SearchRequest request) =>
        Units(request.Text, Words(request.Text), Alternatives(request.Synonyms), null).Any(u => u.Known);

    /// <summary>
    /// The query's words grouped by what they mean: a thesaurus form of several words found among them, in any order
    /// ("zoeken naar werk" holds "werk zoeken", "een sociale woning aanvragen" holds "sociale woning"), is one unit,
    /// matched by its words together or by its synonyms; every other word is a unit of its own. Known: the unit is in
    /// the thesaurus. Context: a word for whom the help is (<see cref="DutchAnalysis.IsContextWord"/>) beside words that
    /// say what is needed. Only the last word is also a prefix (the word being typed), as in Typesense: "man" earlier in
    /// a question is not "mantelzorg".
    /// </summary>
    private List<(Query Unit, bool Known, bool Context)> Units(string? text, IReadOnlyList<string> words,
        Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> alternatives, Corrections? corrections)
    {
        var left = words.ToList();
        var units = new List<(Query, bool, bool)>();
        if (words.Count == 0) return units;
        var last = words[^1];
        var needs = words.Any(w => !DutchAnalysis.IsContextWord(w));
        // A phrase is looked for among the query's words with only the function words left out: "zoeken naar werk" holds
        // the thesaurus' "werk zoeken", though "zoeken" alone says nothing and is no word of the query.
        var tokens = PhraseTokens(text);
        foreach (var (form, others) in Phrases(alternatives))
            if (form.All(tokens.Contains) && form.Any(left.Contains))
            {
                // A phrase of the thesaurus names a need ("niet meer alleen wonen"): its synonyms say it as well as its words.
                units.Add((Either(AllWords(form.Where(words.Contains).ToList(), corrections, last), others, weight: 1f), true, false));
                foreach (var word in form) { left.Remove(word); tokens.Remove(word); }
            }
        foreach (var word in left)
        {
            var (query, known) = WordWithSynonyms(word, alternatives, corrections, prefix: word == last);
            units.Add((query, known, needs && DutchAnalysis.IsContextWord(word)));
        }
        return units;
    }

    /// <summary>
    /// The word's thesaurus group: as typed, by its stem ("rusthuizen" is a form of rusthuis), or, when typos may be
    /// corrected, the thesaurus form within reach ("rusthius"), since a thesaurus word need not be in any fiche's text.
    /// </summary>
    private (IReadOnlyList<IReadOnlyList<string>> Others, string? Corrected)? OthersOf(
        string word, string? stem, Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> alternatives, Corrections? corrections)
    {
        if (alternatives.TryGetValue(word, out var others)) return (others, null);
        if (stem is not null && alternatives.TryGetValue(StemKey + stem, out others)) return (others, null);
        var edits = corrections is null ? 0 : Edits(word, corrections.MaxEdits);
        if (edits == 0) return null;
        // Only forms of about the word's length can be within reach: that test first, as the distance costs far more.
        var nearest = SingleWords(alternatives).Where(a => Math.Abs(a.Key.Length - word.Length) <= edits)
            .Select(a => (a.Key, a.Value, distance: SocialeKaart.BuildingBlocks.Edits.Distance(a.Key, word, edits)))
            .Where(x => x.distance <= edits).OrderBy(x => x.distance).ThenBy(x => x.Key, StringComparer.Ordinal).FirstOrDefault();
        return nearest.Value is null ? null : (nearest.Value, nearest.Key);
    }

    private const string StemKey = "~";

    private List<string> PhraseTokens(string? text) => string.IsNullOrWhiteSpace(text) ? []
        : DutchAnalysis.Tokens(_folding, Fields.Text, text).Take(MaxWords * 2).Where(w => !DutchAnalysis.IsFunctionWord(w)).Distinct().ToList();

    private string? Stem(string word) => DutchAnalysis.Tokens(_stemming, Fields.Stemmed, word).FirstOrDefault();

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
                if (edits > 0) any.Add(new CachedFuzzyQuery(new Term(field, word), edits) { Boost = 0.3f }, Occur.SHOULD);
            }
            root.Add(any, Occur.MUST);
        }
    }

    private Query AllWords(IReadOnlyList<string> words, Corrections? corrections, string last)
    {
        var all = new BooleanQuery();
        foreach (var word in words) all.Add(Word(word, Stem(word), corrections, prefix: word == last), Occur.MUST);
        return all;
    }

    /// <summary>How many typos a word may hold: none below 5 letters, one from 5, two from 8; never more than asked.</summary>
    public static int Edits(string word, int maxEdits = 2) => Math.Min(maxEdits, word.Length >= 8 ? 2 : word.Length >= 5 ? 1 : 0);

    /// <summary>
    /// The word, or another form of its thesaurus group: the other form only as whole words (no prefixes, stems or
    /// typos, so "arts" for "huisarts" does not become "artsen-specialisten") and weighing less than the word typed.
    /// </summary>
    private static Query Either(Query original, IReadOnlyList<IReadOnlyList<string>> alternatives, float weight = SynonymWeight)
    {
        var either = new BooleanQuery { { original, Occur.SHOULD } };
        foreach (var alternative in alternatives)
        {
            var all = new BooleanQuery { Boost = weight };
            foreach (var word in alternative)
                all.Add(new BooleanQuery
                {
                    { new TermQuery(new Term(Fields.Name, word)) { Boost = 3 }, Occur.SHOULD },
                    { new TermQuery(new Term(Fields.Text, word)), Occur.SHOULD },
                }, Occur.MUST);
            either.Add(all, Occur.SHOULD);
        }
        return either;
    }

    // The thesaurus changes rarely: its folded form is kept for as long as the same groups are passed in.
    // A class, not a tuple: the engine shares one builder between threads, and a reference is swapped atomically.
    private sealed record FoldedThesaurus(object Groups, Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> Map,
        KeyValuePair<string, IReadOnlyList<IReadOnlyList<string>>>[] SingleWords,
        IReadOnlyList<(IReadOnlyList<string> Form, IReadOnlyList<IReadOnlyList<string>> Others)> Phrases);
    private FoldedThesaurus? _folded;

    /// <summary>The thesaurus' forms of two or more words that count (no stopwords), longest first: what a query may hold as one unit.</summary>
    private IReadOnlyList<(IReadOnlyList<string> Form, IReadOnlyList<IReadOnlyList<string>> Others)> Phrases(
        Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> map) =>
        _folded is { } cached && ReferenceEquals(cached.Map, map) ? cached.Phrases : PhraseForms(map);

    private static List<(IReadOnlyList<string> Form, IReadOnlyList<IReadOnlyList<string>> Others)> PhraseForms(
        Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> map) =>
        map.Where(a => !a.Key.StartsWith(StemKey, StringComparison.Ordinal) && a.Key.Contains(' '))
            .Select(a => ((IReadOnlyList<string>)a.Key.Split(' ').Where(w => !DutchAnalysis.IsFunctionWord(w)).Distinct().ToList(), a.Value))
            .Where(p => p.Item1.Count > 1)
            .OrderByDescending(p => p.Item1.Count).ThenBy(p => string.Join(' ', p.Item1), StringComparer.Ordinal).ToList();

    /// <summary>The one-word forms of the thesaurus: those a typo may be corrected to.</summary>
    private KeyValuePair<string, IReadOnlyList<IReadOnlyList<string>>>[] SingleWords(Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> map) =>
        _folded is { } cached && ReferenceEquals(cached.Map, map) ? cached.SingleWords : OneWordForms(map);

    private static KeyValuePair<string, IReadOnlyList<IReadOnlyList<string>>>[] OneWordForms(Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> map) =>
        map.Where(a => !a.Key.StartsWith(StemKey, StringComparison.Ordinal) && !a.Key.Contains(' ')).ToArray();

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
            {
                var others = forms.Where(other => !other.SequenceEqual(form)).ToList();
                // A form that says one thing with function words around it ("drinkt te veel") is that word's too.
                var meaningful = form.Where(w => !DutchAnalysis.IsStopword(w)).ToList();
                var keys = new List<string> { string.Join(' ', form) };
                if (form.Count > 1 && meaningful.Count == 1) keys.Add(meaningful[0]);
                foreach (var key in keys)
                {
                    Merge(map, key, others);
                    if (!key.Contains(' ') && Stem(key) is { } stem) Merge(map, StemKey + stem, others);
                }
            }
        }
        _folded = new FoldedThesaurus(groups, map, OneWordForms(map), PhraseForms(map));
        return map;
    }

    // A key reached from several groups (a term's word, and the one word of another group's "zonder werk") has the
    // other forms of all of them; the thesaurus itself never lets one form lead to two terms.
    private static void Merge(Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> map, string key, IReadOnlyList<IReadOnlyList<string>> others) =>
        map[key] = map.TryGetValue(key, out var known) ? [.. known, .. others.Where(o => !known.Any(k => k.SequenceEqual(o)))] : others;

    private Query Word(string word, string? stem, Corrections? corrections, bool prefix)
    {
        var any = new BooleanQuery
        {
            { new TermQuery(new Term(Fields.Name, word)) { Boost = 6 }, Occur.SHOULD },
            { new TermQuery(new Term(Fields.People, word)) { Boost = 3 }, Occur.SHOULD },
            { new TermQuery(new Term(Fields.Text, word)) { Boost = 2 }, Occur.SHOULD },
        };
        if (stem is not null) any.Add(new TermQuery(new Term(Fields.Stemmed, stem)) { Boost = 1.5f }, Occur.SHOULD);
        if (prefix && word.Length >= 3)
        {
            any.Add(new PrefixQuery(new Term(Fields.Name, word)) { Boost = 2 }, Occur.SHOULD);
            any.Add(new PrefixQuery(new Term(Fields.Text, word)) { Boost = 1 }, Occur.SHOULD);
        }
        AddParts(any, word);
        var edits = corrections?.For(word) ?? 0;
        if (edits > 0)
        {
            // A corrected word in the name still says more than a corrected word anywhere in the text.
            // Prefix length 0: a typo in the first letter ("hiusarts", "kinderopvang" typed "ginderopvang") is one too.
            any.Add(new CachedFuzzyQuery(new Term(Fields.Name, word), edits) { Boost = 1 }, Occur.SHOULD);
            any.Add(new CachedFuzzyQuery(new Term(Fields.Text, word), edits) { Boost = 0.3f }, Occur.SHOULD);
        }
        return any;
    }

    /// <summary>
    /// Compounds both ways, weighing less than the word itself: the word as part of a compound in the text ("opvang" in
    /// "kinderopvang"), and a compound typed as its parts found apart ("poetsdienst": poets… and dienst).
    /// </summary>
    private void AddParts(BooleanQuery any, string word)
    {
        if (compounds?.Dictionary is null) return;
        var parts = DutchAnalysis.Tokens(_parts, Fields.Parts, word);
        if (parts.Count == 0) return;
        any.Add(new TermQuery(new Term(Fields.Parts, parts[0])) { Boost = 0.5f }, Occur.SHOULD);
        // Every part the filter finds would over-match ("psycholoog" holds "psych" and "log"): a typed compound is asked
        // as the words that make it up exactly. With three or more, the last (the head: centrum, dienst) may be missing,
        // as in Dutch it names the general kind ("kinderopvangcentrum" is found as kinderopvang).
        if (compounds.Split(word) is not { } split) return;
        var all = new BooleanQuery { Boost = 0.6f };
        for (var i = 0; i < split.Count; i++)
            all.Add(new TermQuery(new Term(Fields.Parts, Stem(split[i]) ?? split[i])), split.Count >= 3 && i == split.Count - 1 ? Occur.SHOULD : Occur.MUST);
        any.Add(all, Occur.SHOULD);
    }

    private static Query AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values.Distinct()) any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        return any;
    }

    // Open by the week and no exception that day, or open by that day's exception (OpenNowTerms).
    private static Query OpenAt(OpenAt at)
    {
        var byWeek = new BooleanQuery
        {
            { new TermQuery(new Term(Fields.Open, at.Week)), Occur.MUST },
            { new TermQuery(new Term(Fields.Open, at.Date)), Occur.MUST_NOT },
        };
        return new BooleanQuery { { byWeek, Occur.SHOULD }, { new TermQuery(new Term(Fields.Open, at.DateQuarter)), Occur.SHOULD } };
    }

    // Filters narrow without changing the ranking.
    private static Query Filter(Query query) => new ConstantScoreQuery(query) { Boost = 0 };
}
