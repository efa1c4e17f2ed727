using Marten;
using Microsoft.Extensions.Logging;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Indexing;

/// <summary>
/// Brings the index level with the ledger: documents missing (a new or lost index folder) or older (changes
/// not yet committed when the process stopped) are indexed again. Returns how many were re-indexed, or -1
/// when the ledger holds entries this version cannot read (written by an older version): then only a
/// rebuild from the event store helps.
/// </summary>
public sealed class SearchIndexCatchUp(IDocumentStore store, ISearchEngine engine, ILogger<SearchIndexCatchUp> logger)
{
    private const int Batch = 500;

    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        var indexed = await engine.VersionsAsync(ct);
        await using var session = store.QuerySession();
        // Compare ids, versions and statuses first: reading every document at each start would cost seconds on a full directory.
        var ledger = await session.Query<FicheSearchEntry>().Select(e => new { e.Id, e.Version, e.Fiche.Status }).ToListAsync(ct);
        if (ledger.Any(e => e.Status is null))
        {
            logger.LogWarning("The search ledger holds entries of an older format; the index must be rebuilt from the event store");
            return -1;
        }
        var stale = ledger
            .Where(e => !(indexed.TryGetValue(e.Id, out var version) && version == e.Version))
            .Where(e => e.Status != "defunct" || indexed.ContainsKey(e.Id))
            .Select(e => e.Id).ToList();
        foreach (var ids in stale.Chunk(Batch))
            foreach (var entry in await session.LoadManyAsync<FicheSearchEntry>(ct, ids))
                await engine.UpsertAsync(entry.ToDocument(), ct);
        if (stale.Count > 0) logger.LogInformation("Search index caught up with the ledger: {Count} documents re-indexed", stale.Count);
        return stale.Count;
    }
}
