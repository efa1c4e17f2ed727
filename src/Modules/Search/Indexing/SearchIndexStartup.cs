using Microsoft.Extensions.Hosting;

namespace SocialeKaart.Modules.Search.Indexing;

/// <summary>At start-up: catch the index up with the ledger, or rebuild it from the event store when the ledger cannot tell.</summary>
public sealed class SearchIndexStartup(SearchIndexCatchUp catchUp, SearchIndexRebuilder rebuilder) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (await catchUp.CatchUpAsync(ct) < 0) await rebuilder.RebuildAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
