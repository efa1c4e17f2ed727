using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.Modules.Directory.Classification;
using SocialeKaart.Modules.Search.Engine;
using SocialeKaart.Modules.Search.Indexing;

namespace SocialeKaart.IntegrationTests.Infrastructure;

/// <summary>Base for integration test classes: shares the run's host; xunit makes an instance per test, so each test starts on an empty store.</summary>
[Collection(AppCollection.Name)]
public abstract class IntegrationTest(AppFixture app) : IAsyncLifetime
{
    protected AppFixture App { get; } = app;
    protected IAlbaHost Host => App.Host;

    /// <summary>An empty store with the reference rubriek tree and thesaurus, as after a fresh installation.</summary>
    public virtual async Task InitializeAsync()
    {
        // Searches of the previous test that found nothing are still in memory: write them now, so the reset removes them.
        await Host.Services.GetRequiredService<UnmetSearchRecorder>().FlushAsync(CancellationToken.None);
        await Host.ResetAllMartenDataAsync();
        await Host.Services.GetRequiredService<ISearchEngine>().RebuildAsync(AsyncEnumerable.Empty<SearchDocument>(), CancellationToken.None);
        await ClassificationSeed.SeedAsync(Host.Services.GetRequiredService<IDocumentStore>(), DateTimeOffset.UtcNow, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
