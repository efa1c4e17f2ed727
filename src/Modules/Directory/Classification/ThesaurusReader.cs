using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Directory.Classification;

/// <summary>Serves the thesaurus to other modules; small and rarely changed, so read whole and kept for a minute.</summary>
public sealed class ThesaurusReader(IDocumentStore store, TimeProvider clock) : IThesaurus
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (IReadOnlyList<IReadOnlyList<string>> Groups, DateTimeOffset At)? _cache;

    public async Task<IReadOnlyList<IReadOnlyList<string>>> GroupsAsync(CancellationToken ct)
    {
        if (_cache is { } fresh && clock.GetUtcNow() - fresh.At < Freshness) return fresh.Groups;
        await _gate.WaitAsync(ct);
        try
        {
            if (_cache is { } again && clock.GetUtcNow() - again.At < Freshness) return again.Groups;
            await using var session = store.QuerySession();
            var terms = await session.Query<Trefwoord>().Where(t => !t.Retired).ToListAsync(ct);
            IReadOnlyList<IReadOnlyList<string>> groups = terms.Select(t => (IReadOnlyList<string>)t.AllForms().ToList()).ToList();
            _cache = (groups, clock.GetUtcNow());
            return groups;
        }
        finally { _gate.Release(); }
    }
}
