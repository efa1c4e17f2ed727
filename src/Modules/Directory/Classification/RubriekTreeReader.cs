using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Directory.Classification;

/// <summary>
/// Answers other modules' questions about the rubriek tree. The tree is small (a few hundred rubrieken) and
/// changes rarely, so it is read whole and kept for a minute; a move shows in search within that minute.
/// </summary>
public sealed class RubriekTreeReader(IDocumentStore store, TimeProvider clock) : IRubriekTree
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (Dictionary<string, Rubriek> ByCode, DateTimeOffset At)? _cache;

    public async Task<IReadOnlyList<string>> WithAncestorsAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var tree = await Tree(ct);
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
            for (var up = code; up is not null && tree.TryGetValue(up, out var rubriek) && result.Add(up); up = rubriek.ParentCode) { }
        return result.ToList();
    }

    public async Task<IReadOnlySet<string>> KnownAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var tree = await Tree(ct);
        return codes.Where(tree.ContainsKey).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, Rubriek>> Tree(CancellationToken ct)
    {
        if (_cache is { } fresh && clock.GetUtcNow() - fresh.At < Freshness) return fresh.ByCode;
        await _gate.WaitAsync(ct);
        try
        {
            if (_cache is { } again && clock.GetUtcNow() - again.At < Freshness) return again.ByCode;
            await using var session = store.QuerySession();
            var all = await session.Query<Rubriek>().ToListAsync(ct);
            _cache = (all.ToDictionary(r => r.Code, StringComparer.Ordinal), clock.GetUtcNow());
            return _cache.Value.ByCode;
        }
        finally { _gate.Release(); }
    }
}
