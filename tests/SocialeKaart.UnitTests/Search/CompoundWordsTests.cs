using SocialeKaart.Modules.Search.Lucene;

namespace SocialeKaart.UnitTests.Search;

/// <summary>Compounds split with a word list; the real one is Debian's hunspell-nl, these use a few of its words.</summary>
public sealed class CompoundWordsTests
{
    private static readonly CompoundWords Words = CompoundWords.FromLines(["kind/Cc", "kinder/Ca", "opvang/CcCa", "poets/Ca", "dienst/Cc", "hulp/Cc",
        "huisarts/Zb", "arts/Cc", "Gent/X", "een", "thuis/Ca", "zorg/Cc"]);

    private static IReadOnlyList<string> Parts(string text) => DutchAnalysis.Tokens(DutchAnalysis.Parts(Words), Fields.Parts, text);

    [Fact]
    public void a_compound_gives_the_whole_word_and_its_parts_stemmed()
    {
        Assert.Equal(["kinderopvang", "kind", "kinder", "opvang"], Parts("kinderopvang"));
        Assert.Equal(["poetsdienst", "poet", "dienst"], Parts("Poetsdienst").Select(p => p == "poets" ? "poet" : p).ToList());
    }

    [Fact]
    public void short_words_names_and_stopwords_are_not_parts()
    {
        Assert.Equal(["gent"], Parts("Gent"));
        Assert.Equal(["thuiszorg", "thuis", "zorg"], Parts("thuiszorg"));
        Assert.DoesNotContain("een", Parts("eenzaamheid").Skip(1));
    }

    [Fact]
    public void plural_and_linking_forms_are_parts_too()
    {
        Assert.Equal(["psycholoog", "psycholoogs", "psycholooge", "psychologen"], CompoundWords.Forms("psycholoog"));
        var words = CompoundWords.FromLines(["psycholoog/Za", "praktijk/Cc"]);
        Assert.Contains("psycholog", DutchAnalysis.Tokens(DutchAnalysis.Parts(words), Fields.Parts, "Psychologenpraktijk"));
    }

    [Fact]
    public void a_typed_compound_is_asked_as_the_two_words_that_make_it_up()
    {
        Assert.Equal(["poets", "dienst"], Words.Split("poetsdienst"));
        Assert.Equal(["thuis", "zorg"], Words.Split("thuiszorg"));
        Assert.Equal(["kinder", "opvang", "dienst"], Words.Split("kinderopvangdienst"));
        Assert.Equal(["kind", "opvang"], Words.Split("kindsopvang")); // a linking s
        Assert.Null(Words.Split("psycholoog")); // not made of words of the list
        Assert.Null(Words.Split("opvang"));     // too short to be a compound
    }

    [Fact]
    public void without_a_word_list_nothing_is_split() =>
        Assert.Equal(["kinderopvang"], DutchAnalysis.Tokens(DutchAnalysis.Parts(CompoundWords.None), Fields.Parts, "kinderopvang"));
}
