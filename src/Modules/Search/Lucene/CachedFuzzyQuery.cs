using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace SocialeKaart.Modules.Search.Lucene;

/// <summary>
/// A <see cref="FuzzyQuery"/> (prefix length 0, transpositions, at most 30 expansions) whose Levenshtein automata are
/// built once per word and number of edits, and shared. Lucene builds them anew for every fuzzy query, and a typo
/// search asks for the same word in two fields and at up to three steps of the typo ladder: building them was half
/// the time of a typo search (measured with dotnet-trace, bench/search.md). The automata depend on the word only,
/// never on the index, and are read-only once built, so sharing them between fields, segments and threads is safe:
/// Lucene itself shares them between segments through the same attribute.
/// </summary>
public sealed class CachedFuzzyQuery(Term term, int maxEdits) : FuzzyQuery(term, maxEdits, 0, MaxExpansions, true)
{
    private const int MaxExpansions = 30;
    // Bounded by clearing: the automata of a long word with two edits take up to about 0.75 MB (measured), and the
    // repeats that matter most are within one search (two fields, up to three steps), so a few recent words suffice.
    private const int MaxWords = 32;
    private static readonly ConcurrentDictionary<string, CompiledAutomaton[]> Automata = new(StringComparer.Ordinal);

    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts)
    {
        var dfa = atts.AddAttribute<FuzzyTermsEnum.ILevenshteinAutomataAttribute>();
        if (dfa.Automata.Count == 0) foreach (var automaton in For(Term.Text, MaxEdits).Take(MaxEdits + 1)) dfa.Automata.Add(automaton);
        return base.GetTermsEnum(terms, atts);
    }

    /// <summary>Empties the cache: for measuring what a typo costs the first time it is seen.</summary>
    public static void Forget() => Automata.Clear();

    /// <summary>
    /// The automata for 0 up to at least <paramref name="edits"/> edits, as FuzzyTermsEnum builds them without a prefix;
    /// a word asked with one edit and then two keeps the ones it has and adds the next.
    /// </summary>
    private static CompiledAutomaton[] For(string word, int edits)
    {
        Automata.TryGetValue(word, out var cached);
        if (cached is not null && cached.Length > edits) return cached;
        if (Automata.Count >= MaxWords) Automata.Clear();
        var builder = new LevenshteinAutomata(word, true);
        var built = Enumerable.Range(0, edits + 1)
            .Select(i => cached is not null && i < cached.Length ? cached[i] : new CompiledAutomaton(builder.ToAutomaton(i), true, false)).ToArray();
        Automata[word] = built;
        return built;
    }
}
