using Lucene.Net.Analysis.Util;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SocialeKaart.BuildingBlocks;

namespace SocialeKaart.Modules.Search.Lucene;

/// <summary>
/// The Dutch words compounds are split into ("kinderopvang" → kinder + opvang, "poetsdienst" → poets + dienst), from
/// Debian's hunspell-nl word list (Search:CompoundDictionary, default /usr/share/hunspell/nl.dic; its stems, without the
/// affix flags). Without the list, compounds are not split, and the start-up log says so.
/// </summary>
public sealed class CompoundWords
{
    public const string DefaultPath = "/usr/share/hunspell/nl.dic";
    public static readonly CompoundWords None = new(null);

    private CompoundWords(CharArraySet? dictionary) => Dictionary = dictionary;

    public CharArraySet? Dictionary { get; }

    public static CompoundWords Load(IConfiguration configuration, ILogger logger)
    {
        var path = configuration["Search:CompoundDictionary"] ?? DefaultPath;
        if (!File.Exists(path))
        {
            logger.LogWarning("No Dutch word list at {Path} (Debian's hunspell-nl): compound words are not split", path);
            return None;
        }
        return FromLines(File.ReadLines(path).Skip(1));
    }

    /// <summary>Lower-case words of 4 to 15 letters; names (capitals), abbreviations and stopwords are no parts of a compound.</summary>
    public static CompoundWords FromLines(IEnumerable<string> lines)
    {
        var words = new CharArraySet(DutchAnalysis.Version, 150_000, ignoreCase: false);
        foreach (var line in lines)
        {
            var word = line.Split('/', 2)[0].Trim();
            if (word.Length is < 4 or > 15 || !word.All(char.IsLower)) continue;
            var folded = TextFolding.Fold(word);
            if (!folded.All(char.IsAsciiLetterLower) || DutchAnalysis.IsStopword(folded)) continue;
            foreach (var form in Forms(folded)) words.Add(form);
        }
        return new CompoundWords(words);
    }

    /// <summary>
    /// A typed compound as the fewest words of the list that make it up exactly ("poetsdienst" → poets + dienst,
    /// "kinderopvangcentrum" → kinder + opvang + centrum), a linking s or e allowed between them ("stadsbestuur" → stad +
    /// bestuur); null when it cannot be read so. Also for a compound the list holds whole ("thuishulp"), since the
    /// directory may use its parts apart.
    /// </summary>
    public IReadOnlyList<string>? Split(string word)
    {
        if (Dictionary is not { } words || word.Length < 8 || word.Length > 40) return null;
        // best[i]: the fewest parts that make up word[..i], or null.
        var best = new List<string>?[word.Length + 1];
        best[0] = [];
        for (var end = 4; end <= word.Length; end++)
            for (var start = end - 4; start >= 0; start--)
            {
                if (start == 0 && end == word.Length) continue; // the whole word is not one of its parts
                if (best[start] is not { } before || (best[end] is { } known && known.Count <= before.Count + 1)) continue;
                var part = word[start..end];
                var linked = start > 0 && part.Length > 4 && part[0] is 's' or 'e' ? part[1..] : null;
                var found = words.Contains(part) ? part : linked is not null && words.Contains(linked) ? linked : null;
                if (found is not null) best[end] = [.. before, found];
            }
        return best[word.Length] is { Count: >= 2 } parts ? parts : null;
    }

    /// <summary>
    /// The list holds stems only (its forms come from affix rules); compounds are often made with a plural or a linking
    /// -s/-e ("psychologenpraktijk", "stadsbestuur", "ziektekosten"), so those forms are parts too: -en (with the
    /// vowel undoubled: psycholoog → psychologen), -s and -e.
    /// </summary>
    public static IEnumerable<string> Forms(string word)
    {
        yield return word;
        if (word.Length < 5) yield break;
        yield return word + "s";
        yield return word + "e";
        var n = word.Length;
        var undoubled = n >= 3 && word[n - 2] == word[n - 3] && "aeou".Contains(word[n - 2]) && !"aeiou".Contains(word[n - 1])
            ? word[..(n - 2)] + word[n - 1] : word;
        yield return undoubled + "en";
    }
}
