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
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        var indexed = await engine.VersionsAsync(ct);
        var repaired = 0;
        await using var session = store.QuerySession();
        await foreach (var entry in session.Query<FicheSearchEntry>().ToAsyncEnumerable(ct))
        {
            if (entry.Fiche is null)
            {
                logger.LogWarning("The search ledger holds entries of an older format; the index must be rebuilt from the event store");
                return -1;
            }
            var document = entry.ToDocument();
            var inIndex = indexed.TryGetValue(entry.Id, out var version) && version == entry.Version;
            if (inIndex || (!document.Findable && !indexed.ContainsKey(entry.Id))) continue;
            await engine.UpsertAsync(document, ct);
            repaired++;
        }
        if (repaired > 0) logger.LogInformation("Search index caught up with the ledger: {Count} documents re-indexed", repaired);
        return repaired;
    }
}
