using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SocialeKaart.Host.Health;

/// <summary>
/// Reports how far each asynchronous projection trails the event store. A projection that falls far
/// behind means some node should be running it and is not (or cannot keep up): the site still answers,
/// so this is "degraded", not "unhealthy".
/// </summary>
public sealed class ProjectionsHealthCheck(IDocumentStore store, IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var maxLag = configuration.GetValue("Projections:MaxHealthyLag", 1000L);
        var highest = (await store.Advanced.FetchEventStoreStatistics(token: ct)).EventSequenceNumber;
        var shards = await store.Advanced.AllProjectionProgress(token: ct);
        var data = new Dictionary<string, object> { ["highestEventSequence"] = highest };
        var lagging = new List<string>();
        foreach (var shard in shards.Where(s => s.ShardName != "HighWaterMark"))
        {
            var lag = highest - shard.Sequence;
            data[shard.ShardName] = lag;
            if (lag > maxLag) lagging.Add(shard.ShardName);
        }
        return lagging.Count == 0
            ? HealthCheckResult.Healthy("Projections are keeping up.", data)
            : HealthCheckResult.Degraded($"Projections behind by more than {maxLag} events: {string.Join(", ", lagging)}.", data: data);
    }
}
