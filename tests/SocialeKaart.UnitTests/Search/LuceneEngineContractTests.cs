using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using SocialeKaart.Modules.Search.Engine;
using SocialeKaart.Modules.Search.Lucene;

namespace SocialeKaart.UnitTests.Search;

/// <summary>The contract on the embedded engine, each test on a fresh index folder.</summary>
public sealed class LuceneEngineContractTests : SearchEngineContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"socialekaart-contract-{Guid.NewGuid():N}");
    private LuceneSearchEngine? _engine;

    protected override Task<ISearchEngine> CreateEngineAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Search:IndexPath"] = _path }).Build();
        _engine = new LuceneSearchEngine(configuration, NullLogger<LuceneSearchEngine>.Instance);
        return Task.FromResult<ISearchEngine>(_engine);
    }

    [Fact]
    public async Task stopping_right_after_a_rebuild_removes_the_old_index_before_it_returns()
    {
        var engine = _engine!;
        await engine.UpsertAsync(Doc(1, "Oude inhoud"), CancellationToken.None);
        await engine.RebuildAsync(new[] { Doc(2, "Nieuwe inhoud") }.ToAsyncEnumerable(), CancellationToken.None);
        Assert.Equal(2, System.IO.Directory.GetDirectories(_path).Length); // the old one waits for its last searches

        engine.Dispose();
        _engine = null;

        // Nothing left running that could still touch the folder once the engine is gone.
        var current = File.ReadAllText(Path.Combine(_path, "current")).Trim();
        Assert.Equal([Path.Combine(_path, current)], System.IO.Directory.GetDirectories(_path));
    }

    [Fact]
    public async Task who_the_help_is_for_ranks_the_fiche_that_names_them_first()
    {
        await Index(Doc(1, "Alcohol- en drugpreventie"), Doc(2, "Drugpreventie voor moeder en kind"));
        Assert.Equal(["Drugpreventie voor moeder en kind", "Alcohol- en drugpreventie"], await Names(new SearchRequest("mijn moeder drugpreventie")));
    }

    [Fact]
    public async Task a_thesaurus_phrase_is_found_in_a_question_in_any_order()
    {
        await Index(Doc(1, "Werkwinkel Oost") with { Fiche = Doc(1, "Werkwinkel Oost").Fiche with { GeneralOperation = "Hulp bij een sollicitatie." } },
            Doc(2, "Buurthuis De Linde"));
        IReadOnlyList<IReadOnlyList<string>> thesaurus = [["werk zoeken", "sollicitatie", "job zoeken"]];
        // "zoeken naar werk": the words of "werk zoeken", in another order, between others; found through its synonym.
        Assert.Equal(["Werkwinkel Oost"], await Names(new SearchRequest("wie helpt bij het zoeken naar werk", Synonyms: thesaurus)));
    }

    [Fact]
    public async Task when_no_fiche_has_every_word_the_words_the_thesaurus_knows_are_what_is_needed()
    {
        await Index(Doc(1, "Dienst Geldzaken") with { Fiche = Doc(1, "Dienst Geldzaken").Fiche with { GeneralOperation = "Advies over geld en sparen." } },
            Doc(2, "De Kast") with { Fiche = Doc(2, "De Kast").Fiche with { GeneralOperation = "Een voedselbank met voedselpakketten." } });
        IReadOnlyList<IReadOnlyList<string>> thesaurus = [["voedselhulp", "voedselbank", "eten"]];
        // No fiche has both "geld" and "eten": the need is "eten" (a thesaurus word), not any fiche that mentions money.
        Assert.Equal(["De Kast"], await Names(new SearchRequest("ik heb geen geld voor eten", Synonyms: thesaurus)));
        // Without a thesaurus word among them, any of the words will do.
        Assert.Equal(2, (await Names(new SearchRequest("geld voedselbank"))).Count);
    }

    public override Task DisposeAsync()
    {
        _engine?.Dispose();
        if (System.IO.Directory.Exists(_path)) System.IO.Directory.Delete(_path, recursive: true);
        return Task.CompletedTask;
    }
}
