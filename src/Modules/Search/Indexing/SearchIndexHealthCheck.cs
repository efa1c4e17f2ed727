using Marten;
using SocialeKaart.BuildingBlocks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Indexing;

/// <summary>
/// Compares the index with the ledger: an index missing documents the ledger has (a failed disk, a rebuild
/// that did not finish) still answers, but incompletely, so readiness says Degraded.
/// </summary>
public sealed class SearchIndexHealthCheck(ISearchEngine engine, IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        await using var session = store.QuerySession();
        var expected = await session.Query<FicheSearchEntry>().CountAsync(e => e.Fiche.Status != "defunct", ct);
        int indexed;
        try { indexed = await engine.CountAsync(ct); }
        catch (ServiceUnavailableException) { indexed = -1; }
        // Typesense unreachable: degraded while the embedded index answers in its place, unhealthy without one.
        if (engine is ISearchEngineStatus { Degradation: { } why } status)
            return status.HasFallback ? HealthCheckResult.Degraded(why) : HealthCheckResult.Unhealthy(why);
        var data = new Dictionary<string, object> { ["indexed"] = indexed, ["expected"] = expected };
        // Messages in flight make the two differ for a moment; a gap beyond that means the index is behind.
        var tolerance = Math.Max(50, expected / 100);
        return expected - indexed <= tolerance
            ? HealthCheckResult.Healthy("The search index is complete.", data)
            : HealthCheckResult.Degraded($"The search index lacks {expected - indexed} of {expected} fiches; rebuild it (POST /api/search/rebuild).", data: data);
    }
}
