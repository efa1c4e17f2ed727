namespace SocialeKaart.BuildingBlocks;

/// <summary>
/// A small, rarely changing value read from storage (a tree, a thesaurus), kept in memory and read again once
/// it is older than <paramref name="freshness"/>. Concurrent callers share one read. A value <paramref name="worthKeeping"/>
/// refuses (an empty tree, read while the store is being seeded) is returned but read again next time.
/// </summary>
public sealed class RefreshingValue<T>(TimeSpan freshness, TimeProvider clock, Func<CancellationToken, Task<T>> read, Func<T, bool>? worthKeeping = null)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    // A reference, swapped whole: readers without the lock never see a value from one read and a time from another.
    private sealed record Entry(T Value, DateTimeOffset At);
    private Entry? _cache;

    public async Task<T> GetAsync(CancellationToken ct)
    {
        if (_cache is { } fresh && clock.GetUtcNow() - fresh.At < freshness) return fresh.Value;
        await _gate.WaitAsync(ct);
        try
        {
            if (_cache is { } again && clock.GetUtcNow() - again.At < freshness) return again.Value;
            var value = await read(ct);
            _cache = worthKeeping is null || worthKeeping(value) ? new Entry(value, clock.GetUtcNow()) : null;
            return value;
        }
        finally { _gate.Release(); }
    }
}
