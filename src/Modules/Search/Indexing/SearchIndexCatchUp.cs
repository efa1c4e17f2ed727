using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Indexing;

/// <summary>
/// At start-up, brings the embedded index level with the ledger: documents missing (a new or lost index
/// folder) or older (changes not yet committed when the process stopped) are indexed again.
/// </summary>
public sealed class SearchIndexCatchUp(IDocumentStore store, ISearchEngine engine, ILogger<SearchIndexCatchUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => CatchUpAsync(ct);

    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        var indexed = await engine.VersionsAsync(ct);
        var repaired = 0;
        await using var session = store.QuerySession();
        await foreach (var entry in session.Query<FicheSearchEntry>().ToAsyncEnumerable(ct))
        {
            var document = entry.ToDocument();
            var inIndex = indexed.TryGetValue(entry.Id, out var version) && version == entry.Version;
            if (inIndex || (!document.Findable && !indexed.ContainsKey(entry.Id))) continue;
            await engine.UpsertAsync(document, ct);
            repaired++;
        }
        if (repaired > 0) logger.LogInformation("Search index caught up with the ledger: {Count} documents re-indexed", repaired);
        return repaired;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
