using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Tartarus.Snowball.Ext;
using System.Text.RegularExpressions;

using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Util;
using SocialeKaart.BuildingBlocks;

namespace SocialeKaart.Modules.Search.Lucene;

/// <summary>
/// Dutch text analysis: words lower-cased and folded to ASCII ("coördinatie" = "coordinatie", "crèche" = "creche");
/// the stemmed field also reduces words to their stem ("kinderen", "kind" share one) for recall on inflections.
/// </summary>
public static class DutchAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Folding() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer)));
    });

    public static Analyzer Stemming() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        var stemmed = new SnowballFilter(new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer)), new global::Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
        // Dutch writes a stem's final s and f as z and v before a vowel (dakloos, daklozen; brief, brieven): one stem for both.
        return new TokenStreamComponents(tokenizer, new PatternReplaceFilter(new PatternReplaceFilter(stemmed, FinalZ, "s", false), FinalV, "f", false));
    });

    private static readonly Regex FinalZ = new("z$", RegexOptions.Compiled);
    private static readonly Regex FinalV = new("v$", RegexOptions.Compiled);

    // Lucene's Dutch stopwords: the function words (de, te, naar, veel) a phrase of the thesaurus is compared without.
    private static readonly HashSet<string> FunctionWords = global::Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet
        .Select(w => TextFolding.Fold(w.ToString()!)).ToHashSet(StringComparer.Ordinal);

    public static bool IsFunctionWord(string foldedWord) => FunctionWords.Contains(foldedWord);

    // Lucene's Dutch stopwords plus the words of a question ("waar kan ik terecht met mijn zoon?"): they say nothing about the help asked for.
    private static readonly HashSet<string> Stopwords = FunctionWords
        .Concat(["hoe", "wat", "waar", "wie", "welke", "welk", "waarom", "wanneer", "kan", "kun", "kunnen", "ik", "we", "wij", "mijn", "onze",
            "ons", "zoek", "zoeken", "gezocht", "nodig", "iemand", "terecht", "graag", "help", "helpt", "helpen", "moet", "wil", "willen", "er", "hier", "in", "buurt"])
        .ToHashSet(StringComparer.Ordinal);

    public static bool IsStopword(string foldedWord) => Stopwords.Contains(foldedWord);

    // The people a question is about ("mijn *moeder* kan niet meer alleen wonen"): who needs the help, not what help.
    // They rank, but a fiche need not name them when the question's other words say the need (QueryBuilder).
    private static readonly HashSet<string> ContextWords = new(StringComparer.Ordinal)
    {
        "man", "vrouw", "moeder", "vader", "mama", "papa", "zoon", "dochter", "partner", "echtgenoot", "echtgenote", "vriend",
        "vriendin", "broer", "zus", "oma", "opa", "grootmoeder", "grootvader", "buurman", "buurvrouw", "schoonmoeder", "schoonvader",
    };

    public static bool IsContextWord(string foldedWord) => ContextWords.Contains(foldedWord);

    /// <summary>
    /// Compounds split into the words they are made of (the whole word first, then its parts), each stemmed: "kinderopvang"
    /// gives kinderopvang, kinder, opvang. Parts of at least 4 letters, in words of at least 7; every part, also where the list holds the compound itself.
    /// </summary>
    public static Analyzer Parts(CompoundWords compounds) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer));
        if (compounds.Dictionary is { } dictionary) stream = new DictionaryCompoundWordTokenFilter(Version, stream, dictionary, 7, 4, 15, false);
        stream = new SnowballFilter(stream, new global::Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
        return new TokenStreamComponents(tokenizer, new PatternReplaceFilter(new PatternReplaceFilter(stream, FinalZ, "s", false), FinalV, "f", false));
    });

    /// <summary>The stemmed field uses the stemmer, the parts field splits compounds, every other text field folds only.</summary>
    public static Analyzer ForIndex(CompoundWords compounds) => new PerFieldAnalyzerWrapper(Folding(),
        new Dictionary<string, Analyzer> { [Fields.Stemmed] = Stemming(), [Fields.Parts] = Parts(compounds) });

    public static IReadOnlyList<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }
}
