using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Search;
using SocialeKaart.Modules.Search.Engine;
using SocialeKaart.Modules.Search.Lucene;

namespace SocialeKaart.UnitTests.Search;

/// <summary>
/// Typesense configured but unreachable (a loopback port nobody listens on), through the real HttpClient
/// pipeline with its retries: the site keeps answering from the embedded index, or says clearly that it cannot.
/// </summary>
public sealed class FallbackSearchEngineTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"socialekaart-fallback-{Guid.NewGuid():N}");
    private ServiceProvider? _services;

    private ISearchEngine Engine(string fallback)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Search:Engine"] = "Typesense", ["Search:Typesense:Url"] = $"http://127.0.0.1:{ClosedPort()}", ["Search:Typesense:ApiKey"] = "unused-key",
            ["Search:Typesense:Fallback"] = fallback, ["Search:IndexPath"] = _path,
        }).Build();
        _services = new ServiceCollection().AddSingleton(TimeProvider.System).AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddSearchModule(configuration).BuildServiceProvider();
        return _services.GetRequiredService<ISearchEngine>();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port; // stopped when disposed: connections are refused
    }

    private static SearchDocument Doc(string name) => new(Guid.NewGuid(), 1,
        new FicheSnapshot(name, null, [], "active", null, [new FicheSnapshotLocation("Veldstraat", "9000", "Gent", "44021", "Gent", 51.05, 3.72)],
            [], [], [], null, null, null, [], [], ["44021"], null), []);

    [Fact]
    public async Task with_the_embedded_fallback_searches_still_find_what_was_indexed()
    {
        var engine = Engine("Embedded");
        // The write reaches the embedded index, then fails on Typesense so that Wolverine retries it.
        await Assert.ThrowsAsync<ServiceUnavailableException>(() => engine.UpsertAsync(Doc("Kinderopvang Pluim"), CancellationToken.None));

        var results = await engine.SearchAsync(new SearchRequest("pluim"), CancellationToken.None);
        Assert.Equal(["Kinderopvang Pluim"], results.Hits.Select(h => h.Name));
        Assert.Equal(["Kinderopvang Pluim"], await engine.SuggestNamesAsync("kinder", 5, CancellationToken.None));
        var status = Assert.IsAssignableFrom<ISearchEngineStatus>(engine);
        Assert.True(status.HasFallback);
        Assert.Contains("answered from the embedded index", status.Degradation);
    }

    [Fact]
    public async Task without_a_fallback_a_search_fails_with_a_clear_message_in_dutch()
    {
        var engine = Engine("None");
        Assert.Null(_services!.GetService<LuceneSearchEngine>());
        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => engine.SearchAsync(new SearchRequest("pluim"), CancellationToken.None));
        Assert.Equal("Zoeken is even niet mogelijk. Probeer het over een halve minuut opnieuw.", error.Message);
        Assert.Contains("searches fail", ((ISearchEngineStatus)engine).Degradation);
    }

    [Fact]
    public async Task a_rebuild_that_fails_on_the_server_leaves_the_embedded_index_as_it_was()
    {
        var engine = Engine("Embedded");
        var embedded = _services!.GetRequiredService<LuceneSearchEngine>();
        await embedded.UpsertAsync(Doc("Oude inhoud"), CancellationToken.None);
        await Assert.ThrowsAsync<ServiceUnavailableException>(() =>
            engine.RebuildAsync(new[] { Doc("Nieuwe inhoud") }.ToAsyncEnumerable(), CancellationToken.None));
        Assert.Equal(["Oude inhoud"], (await embedded.SearchAsync(new SearchRequest("inhoud"), CancellationToken.None)).Hits.Select(h => h.Name));
    }

    public void Dispose()
    {
        _services?.Dispose();
        if (System.IO.Directory.Exists(_path)) System.IO.Directory.Delete(_path, recursive: true);
    }
}
