using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.Modules.Search;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.UnitTests.Search;

/// <summary>
/// The same contract against a real Typesense server: set TYPESENSE_URL (e.g. http://127.0.0.1:8108) and
/// TYPESENSE_API_KEY. No Typesense binary can be installed on these machines, so here every test of this class
/// reports itself skipped with that reason.
/// </summary>
public sealed class TypesenseEngineContractTests : SearchEngineContract
{
    private static readonly string? Url = Environment.GetEnvironmentVariable("TYPESENSE_URL");
    private static readonly string? Key = Environment.GetEnvironmentVariable("TYPESENSE_API_KEY");
    private ServiceProvider? _services;

    protected override string? Unavailable => string.IsNullOrEmpty(Url) || string.IsNullOrEmpty(Key)
        ? "No Typesense server: set TYPESENSE_URL and TYPESENSE_API_KEY to run the search contract against Typesense."
        : null;

    protected override async Task<ISearchEngine> CreateEngineAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Search:Engine"] = "Typesense", ["Search:Typesense:Url"] = Url, ["Search:Typesense:ApiKey"] = Key,
        }).Build();
        _services = new ServiceCollection().AddSingleton(TimeProvider.System).AddLogging().AddSearchModule(configuration).BuildServiceProvider();
        var engine = _services.GetRequiredService<ISearchEngine>();
        await engine.RebuildAsync(AsyncEnumerable.Empty<SearchDocument>(), CancellationToken.None); // each test on an empty collection
        return engine;
    }

    public override async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
    }
}
