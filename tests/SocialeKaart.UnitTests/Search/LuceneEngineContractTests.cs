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

    public override Task DisposeAsync()
    {
        _engine?.Dispose();
        if (System.IO.Directory.Exists(_path)) System.IO.Directory.Delete(_path, recursive: true);
        return Task.CompletedTask;
    }
}
