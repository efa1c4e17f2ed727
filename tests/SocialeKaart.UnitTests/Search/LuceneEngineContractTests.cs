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

    public override Task DisposeAsync()
    {
        _engine?.Dispose();
        if (System.IO.Directory.Exists(_path)) System.IO.Directory.Delete(_path, recursive: true);
        return Task.CompletedTask;
    }
}
