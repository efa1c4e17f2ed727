using System.Collections.Concurrent;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Indexing;

/// <summary>
/// Keeps searches that found nothing in memory and writes them in batches (every two seconds, when the list is
/// read, and at shutdown), so a search never waits for a database write. A crash loses at most the last
/// seconds of these anonymous statistics; a flood is capped so memory cannot grow without bound.
/// </summary>
public sealed class UnmetSearchRecorder(IDocumentStore store)
{
    public const int MaxPending = 10_000;
    private readonly ConcurrentQueue<ZeroResultSearch> _pending = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private int _count;

    /// <summary>Keeps a search that found nothing (and asked something), without who asked, to show coordinators unmet demand.</summary>
    public void RecordIfUnmet(SearchResults results, string? query, string? waar, DateTimeOffset at)
    {
        if (results.Total == 0 && (!string.IsNullOrWhiteSpace(query) || waar is not null)) Record(query, waar, at);
    }

    public void Record(string? query, string? waar, DateTimeOffset at)
    {
        if (Interlocked.Increment(ref _count) > MaxPending)
        {
            Interlocked.Decrement(ref _count);
            return;
        }
        _pending.Enqueue(new ZeroResultSearch { Id = Guid.CreateVersion7(at), Query = query?.Trim(), Waar = waar, At = at });
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        await _flushing.WaitAsync(ct);
        try
        {
            var batch = new List<ZeroResultSearch>();
            while (_pending.TryDequeue(out var item)) batch.Add(item);
            if (batch.Count == 0) return;
            Interlocked.Add(ref _count, -batch.Count);
            await using var session = store.LightweightSession();
            session.Store<ZeroResultSearch>(batch);
            await session.SaveChangesAsync(ct);
        }
        finally { _flushing.Release(); }
    }

    /// <summary>Writes the recorded searches every two seconds, and what is left when the site stops.</summary>
    public sealed class Flusher(UnmetSearchRecorder recorder, ILogger<Flusher> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
            try
            {
                while (await timer.WaitForNextTickAsync(stoppingToken)) await Flush(stoppingToken);
            }
            catch (OperationCanceledException) { }
            await Flush(CancellationToken.None);
        }

        private async Task Flush(CancellationToken ct)
        {
            try { await recorder.FlushAsync(ct); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not write the searches that found nothing; they are tried again at the next flush");
            }
        }
    }
}
