using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

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
        return new TokenStreamComponents(tokenizer, new SnowballFilter(new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer)), new DutchStemmer()));
    });

    /// <summary>The stemmed field uses the stemmer, every other text field folds only.</summary>
    public static Analyzer ForIndex() => new PerFieldAnalyzerWrapper(Folding(), new Dictionary<string, Analyzer> { [Fields.Stemmed] = Stemming() });

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
