using System.Diagnostics;
using System.Runtime.CompilerServices;
using Marten;
using Microsoft.Extensions.Logging;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Indexing;

public sealed record RebuildReport(int Documents, int CaughtUp, double Seconds);

/// <summary>
/// Rebuilds the whole index from the fiches as the event store holds them, with zero downtime: the engine
/// builds aside and switches at once. Changes handled while the rebuild ran went into the ledger, so a
/// catch-up pass afterwards brings them into the new index; the ledger itself only ever moves forward.
/// </summary>
public sealed class SearchIndexRebuilder(
    ISearchEngine engine, IFicheSnapshots fiches, IRubriekTree tree, IDocumentStore store, SearchIndexCatchUp catchUp, TimeProvider clock,
    ILogger<SearchIndexRebuilder> logger)
{
    private const int LedgerBatch = 500;

    public async Task<RebuildReport> RebuildAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var count = 0;
        await engine.RebuildAsync(Documents(c => count = c, ct), ct);
        var caughtUp = Math.Max(0, await catchUp.CatchUpAsync(ct));
        var report = new RebuildReport(count, caughtUp, watch.Elapsed.TotalSeconds);
        logger.LogInformation("Search index rebuilt: {Documents} fiches in {Seconds:F1} s, {CaughtUp} changes caught up", count, report.Seconds, caughtUp);
        return report;
    }

    private async IAsyncEnumerable<SearchDocument> Documents(Action<int> counted, [EnumeratorCancellation] CancellationToken ct)
    {
        var count = 0;
        var batch = new List<SearchDocument>(LedgerBatch);
        await foreach (var (id, version, fiche) in fiches.AllAsync(ct))
        {
            var document = await SearchDocument.ForAsync(id, version, fiche, tree, ct);
            batch.Add(document);
            counted(++count);
            yield return document;
            if (batch.Count == LedgerBatch) { await Record(batch, ct); batch.Clear(); }
        }
        await Record(batch, ct);
    }

    // Brings ledger entries up to the rebuilt version; an entry a handler meanwhile moved further stays as it is.
    private async Task Record(IReadOnlyList<SearchDocument> documents, CancellationToken ct)
    {
        if (documents.Count == 0) return;
        await using var session = store.LightweightSession();
        var ids = documents.Select(d => d.Id).ToArray();
        // Entries of an older format (no document) are replaced whatever their version.
        var current = (await session.LoadManyAsync<FicheSearchEntry>(ct, ids)).ToDictionary(e => e.Id, e => e.Fiche is null ? -1 : e.Version);
        // The same version is written again too: what the rebuild derived (rubriek names) may be newer than the entry.
        foreach (var d in documents.Where(d => current.GetValueOrDefault(d.Id, -1) <= d.Version))
            session.Store(FicheSearchEntry.Of(d, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
    }
}
