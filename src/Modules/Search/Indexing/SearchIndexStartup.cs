using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialeKaart.BuildingBlocks;

namespace SocialeKaart.Modules.Search.Indexing;

/// <summary>
/// At start-up: catch the index up with the ledger, or rebuild it from the event store when the ledger cannot tell.
/// A search server that is down does not stop the site from starting: readiness shows it, and the next start or
/// POST /api/search/rebuild catches up.
/// </summary>
public sealed class SearchIndexStartup(SearchIndexCatchUp catchUp, SearchIndexRebuilder rebuilder, ILogger<SearchIndexStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        try
        {
            if (await catchUp.CatchUpAsync(ct) < 0) await rebuilder.RebuildAsync(ct);
        }
        catch (ServiceUnavailableException e)
        {
            logger.LogError(e, "The search index could not be caught up at start-up: the search server is unreachable");
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
