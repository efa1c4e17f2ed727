using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using SocialeKaart.BuildingBlocks;

namespace SocialeKaart.Modules.Search.Engine;

/// <summary>What readiness reports about an engine that depends on another service.</summary>
public interface ISearchEngineStatus
{
    /// <summary>Null while the primary engine answers; otherwise why and since when it does not.</summary>
    string? Degradation { get; }

    /// <summary>True when searches are still answered (from a fallback) while the primary is down.</summary>
    bool HasFallback { get; }
}

/// <summary>
/// A primary engine on another service (Typesense) with an optional local fallback (the embedded index,
/// kept up to date by the same handlers). When the primary fails, searches are answered from the fallback,
/// and the primary is left alone for <see cref="ProbeInterval"/> before it is tried again, so visitors are not
/// kept waiting on timeouts; without a fallback the caller gets a <see cref="ServiceUnavailableException"/>
/// (a 503 with a Dutch message). Writes go to both; a write the primary missed throws, so Wolverine retries it.
/// </summary>
public abstract class FallbackSearchEngine(ISearchEngine primary, ISearchEngine? fallback, TimeProvider clock, ILogger logger)
    : ISearchEngine, ISearchEngineStatus
{
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(15);
    private const string Unavailable = "Zoeken is even niet mogelijk. Probeer het over een halve minuut opnieuw.";
    private readonly Lock _gate = new();
    private DateTimeOffset? _downSince;
    private DateTimeOffset _retryAt;
    private string? _lastError;

    public bool HasFallback => fallback is not null;

    public string? Degradation
    {
        get
        {
            lock (_gate)
                return _downSince is { } since
                    ? $"The search server has not answered since {since:O} ({_lastError}); " + (fallback is null ? "searches fail." : "searches are answered from the embedded index.")
                    : null;
        }
    }

    public async Task UpsertAsync(SearchDocument document, CancellationToken ct)
    {
        if (fallback is not null) await fallback.UpsertAsync(document, ct);
        await Write(() => primary.UpsertAsync(document, ct), ct);
    }

    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct) => Read(e => e.SearchAsync(request, ct), ct);

    public Task<IReadOnlyList<string>> SuggestNamesAsync(string prefix, int limit, CancellationToken ct) => Read(e => e.SuggestNamesAsync(prefix, limit, ct), ct);

    public Task<int> CountAsync(CancellationToken ct) => Read(e => e.CountAsync(ct), ct);

    /// <summary>A document counts as indexed only when both engines have its version, so a catch-up fills whichever lacks it.</summary>
    public async Task<IReadOnlyDictionary<Guid, long>> VersionsAsync(CancellationToken ct)
    {
        IReadOnlyDictionary<Guid, long> remote = null!;
        await Write(async () => remote = await primary.VersionsAsync(ct), ct);
        if (fallback is null) return remote;
        var local = await fallback.VersionsAsync(ct);
        return remote.Where(r => local.TryGetValue(r.Key, out var v) && v == r.Value).ToDictionary(r => r.Key, r => r.Value);
    }

    /// <summary>Both engines rebuild from one pass over the documents; if the primary fails, the fallback's rebuild is abandoned too.</summary>
    public async Task RebuildAsync(IAsyncEnumerable<SearchDocument> documents, CancellationToken ct)
    {
        if (fallback is null)
        {
            await Write(() => primary.RebuildAsync(documents, ct), ct);
            return;
        }
        var copy = Channel.CreateBounded<SearchDocument>(new BoundedChannelOptions(1000) { SingleReader = true, SingleWriter = true });
        var local = fallback.RebuildAsync(copy.Reader.ReadAllAsync(ct), ct);
        try
        {
            await Write(() => primary.RebuildAsync(Tee(documents, copy.Writer, ct), ct), ct);
            copy.Writer.TryComplete();
        }
        catch (Exception e)
        {
            copy.Writer.TryComplete(e);
            try { await local; } catch (Exception) { /* abandoned on purpose: the old local index stays */ }
            throw;
        }
        await local;
    }

    private static async IAsyncEnumerable<SearchDocument> Tee(IAsyncEnumerable<SearchDocument> source, ChannelWriter<SearchDocument> copy, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var document in source.WithCancellation(ct))
        {
            await copy.WriteAsync(document, ct);
            yield return document;
        }
    }

    private async Task<T> Read<T>(Func<ISearchEngine, Task<T>> read, CancellationToken ct)
    {
        if (fallback is not null && IsResting()) return await read(fallback);
        try
        {
            var result = await read(primary);
            Recovered();
            return result;
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is not ServiceUnavailableException)
        {
            Failed(e);
            if (fallback is null) throw new ServiceUnavailableException(Unavailable, e);
            return await read(fallback);
        }
    }

    private async Task Write(Func<Task> write, CancellationToken ct)
    {
        if (IsResting()) throw new ServiceUnavailableException(Unavailable) { RetryAfter = ProbeInterval };
        try
        {
            await write();
            Recovered();
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is not ServiceUnavailableException)
        {
            Failed(e);
            throw new ServiceUnavailableException(Unavailable, e);
        }
    }

    private bool IsResting()
    {
        lock (_gate) return _downSince is not null && clock.GetUtcNow() < _retryAt;
    }

    private void Failed(Exception e)
    {
        bool first;
        lock (_gate)
        {
            first = _downSince is null;
            _downSince ??= clock.GetUtcNow();
            _retryAt = clock.GetUtcNow() + ProbeInterval;
            _lastError = e.GetType().Name + ": " + e.Message;
        }
        if (first) logger.LogError(e, "The search server does not answer; {Mode}", fallback is null ? "searches fail until it is back" : "answering from the embedded index");
    }

    private void Recovered()
    {
        DateTimeOffset? since;
        lock (_gate)
        {
            since = _downSince;
            _downSince = null;
        }
        if (since is not null) logger.LogWarning("The search server answers again after {Seconds:F0} s", (clock.GetUtcNow() - since.Value).TotalSeconds);
    }
}
