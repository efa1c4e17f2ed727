using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Marten;
using Npgsql;
using SocialeKaart.Modules.Accounts;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Directory.Classification;
using SocialeKaart.Modules.Directory.Fiches;
using SocialeKaart.Modules.Review.Changes;
using SocialeKaart.Modules.Review.Claims;
using SocialeKaart.Modules.Review.Proposals;
using SocialeKaart.Modules.Review.Queue;
using SocialeKaart.Modules.Review.Suggestions;

namespace SocialeKaart.Host.Operations;

/// <param name="Differences">Up to 20 ids whose live document is missing, extra or different from the rebuilt one.</param>
public sealed record ReadModelReplay(string ReadModel, int Live, int Rebuilt, string LiveChecksum, string RebuiltChecksum, IReadOnlyList<string> Differences)
{
    public bool Equal => LiveChecksum == RebuiltChecksum;
}

public sealed record ReplayReport(bool AllEqual, int Streams, double Seconds, IReadOnlyList<ReadModelReplay> ReadModels);

/// <summary>
/// The proof that the event log alone is the source of truth: every read model that is folded from streams is rebuilt
/// from the events in memory, nothing overwritten (the projection's own fold: Marten's aggregation stream by stream, or the
/// projection's Evolve over events read in bulk for the large ones) and compared with the live documents,
/// per read model by SHA-256 over (id, JSON) in id order. The search index is not here: it has its own rebuild (ADR 14).
/// </summary>
public sealed class ReplayCheck(IDocumentStore store, NpgsqlDataSource data)
{
    private const int MaxDifferences = 20;

    public async Task<ReplayReport> RunAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var streams = await StreamsAsync(ct);
        // Which streams each read model is folded from (by the aggregate type a stream was started with).
        string[] fiches = ["fiche"];
        string[] reviews = ["ownership_claim", "change_request", "change_suggestion", "proposal"];
        var models = new List<ReadModelReplay>
        {
            // The large ones are folded with their projection's own Evolve over events read in bulk (one query per
            // 1,000 streams); the rest stream by stream through Marten's aggregation (one query per stream).
            await CheckFoldedAsync<Fiche>(Of(streams, fiches), new FicheProjection().Evolve, f => f.Id, ct),
            await CheckFoldedAsync<FicheListItem>(Of(streams, fiches), new FicheListItemProjection().Evolve, f => f.Id, ct),
            await CheckAsync<Rubriek>(Of(streams, ["rubriek"]), r => r.Id, ct),
            await CheckAsync<Trefwoord>(Of(streams, ["trefwoord"]), t => t.Id, ct),
            await CheckAsync<Account>(Of(streams, ["account"]), a => a.Id, ct),
            await CheckAsync<OwnershipClaim>(Of(streams, ["ownership_claim"]), c => c.Id, ct),
            await CheckAsync<ChangeRequest>(Of(streams, ["change_request"]), c => c.Id, ct),
            await CheckAsync<ChangeSuggestion>(Of(streams, ["change_suggestion"]), s => s.Id, ct),
            await CheckAsync<Proposal>(Of(streams, ["proposal"]), p => p.Id, ct),
            await CheckAsync<ReviewItem>(Of(streams, reviews), i => i.Id, ct),
        };
        return new ReplayReport(models.All(m => m.Equal), streams.Count, Math.Round(clock.Elapsed.TotalSeconds, 2), models);
    }

    private static List<Guid> Of(IReadOnlyList<(Guid Id, string Type)> streams, string[] types) =>
        streams.Where(s => types.Contains(s.Type)).Select(s => s.Id).ToList();

    private async Task<List<(Guid Id, string Type)>> StreamsAsync(CancellationToken ct)
    {
        await using var command = data.CreateCommand($"select id, coalesce(type, '') from {store.Options.Events.DatabaseSchemaName}.mt_streams where is_archived = false");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var streams = new List<(Guid, string)>();
        while (await reader.ReadAsync(ct)) streams.Add((reader.GetGuid(0), reader.GetString(1)));
        return streams;
    }

    private Task<ReadModelReplay> CheckAsync<T>(List<Guid> streamIds, Func<T, Guid> idOf, CancellationToken ct) where T : class =>
        CompareAsync(streamIds, idOf, async (session, chunk, rebuilt, token) =>
        {
            foreach (var id in chunk)
                if (await session.Events.AggregateStreamAsync<T>(id, token: token) is { } document) rebuilt[id] = document;
        }, ct);

    private Task<ReadModelReplay> CheckFoldedAsync<T>(List<Guid> streamIds, Func<T?, Guid, JasperFx.Events.IEvent, T?> evolve, Func<T, Guid> idOf, CancellationToken ct)
        where T : class =>
        CompareAsync(streamIds, idOf, async (session, chunk, rebuilt, token) =>
        {
            var events = await session.Events.QueryAllRawEvents().Where(e => e.StreamId.IsOneOf(chunk)).OrderBy(e => e.Sequence).ToListAsync(token);
            foreach (var stream in events.GroupBy(e => e.StreamId))
            {
                T? document = null;
                foreach (var e in stream) document = evolve(document, stream.Key, e);
                if (document is not null) rebuilt[stream.Key] = document;
            }
        }, ct);

    private async Task<ReadModelReplay> CompareAsync<T>(List<Guid> streamIds, Func<T, Guid> idOf,
        Func<IQuerySession, Guid[], System.Collections.Concurrent.ConcurrentDictionary<Guid, T>, CancellationToken, Task> rebuild, CancellationToken ct) where T : class
    {
        var serializer = store.Options.Serializer();
        await using var query = store.QuerySession();
        var live = (await query.Query<T>().ToListAsync(ct)).ToDictionary(idOf, d => serializer.ToJson(d));

        // A few chunks at a time, each with its own session (a session is not thread-safe).
        var documents = new System.Collections.Concurrent.ConcurrentDictionary<Guid, T>();
        await Parallel.ForEachAsync(streamIds.Chunk(1000), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (chunk, token) =>
        {
            await using var session = store.QuerySession();
            await rebuild(session, chunk, documents, token);
        });
        var rebuilt = documents.ToDictionary(d => d.Key, d => serializer.ToJson(d.Value));

        var differences = live.Keys.Union(rebuilt.Keys)
            .Where(id => !live.TryGetValue(id, out var l) || !rebuilt.TryGetValue(id, out var r) || l != r)
            .Order().Take(MaxDifferences)
            .Select(id => $"{id}: {(!live.ContainsKey(id) ? "ontbreekt live" : !rebuilt.ContainsKey(id) ? "niet uit events af te leiden" : $"verschilt in {FirstDifference(live[id], rebuilt[id])}")}")
            .ToList();
        return new ReadModelReplay(typeof(T).Name, live.Count, rebuilt.Count, Checksum(live), Checksum(rebuilt), differences);
    }

    // Where two JSON documents first differ, so an operator knows where to look ("contact.website").
    private static string FirstDifference(string live, string rebuilt)
    {
        static string? Walk(System.Text.Json.Nodes.JsonNode? a, System.Text.Json.Nodes.JsonNode? b, string path)
        {
            if (a is System.Text.Json.Nodes.JsonObject oa && b is System.Text.Json.Nodes.JsonObject ob)
            {
                foreach (var key in oa.Select(p => p.Key).Union(ob.Select(p => p.Key)))
                    if (Walk(oa[key], ob[key], path.Length == 0 ? key : $"{path}.{key}") is { } found) return found;
                return null;
            }
            return System.Text.Json.Nodes.JsonNode.DeepEquals(a, b) ? null : path.Length == 0 ? "(geheel)" : path;
        }
        return Walk(System.Text.Json.Nodes.JsonNode.Parse(live), System.Text.Json.Nodes.JsonNode.Parse(rebuilt), "") ?? "(volgorde)";
    }

    private static string Checksum(IReadOnlyDictionary<Guid, string> documents)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (id, json) in documents.OrderBy(d => d.Key))
        {
            sha.AppendData(id.ToByteArray());
            sha.AppendData(Encoding.UTF8.GetBytes(json));
        }
        return Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant();
    }
}
