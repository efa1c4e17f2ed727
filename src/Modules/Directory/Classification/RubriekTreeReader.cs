using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Directory.Classification;

/// <summary>
/// Answers other modules' questions about the rubriek tree. The tree is small (a few hundred rubrieken) and
/// changes rarely, so it is read whole and kept for a minute; a move shows in search within that minute.
/// </summary>
public sealed class RubriekTreeReader(IDocumentStore store, TimeProvider clock) : IRubriekTree
{
    /// <summary>One read of the tree and what pages ask of it, derived once per read rather than on every request.</summary>
    private sealed record Snapshot(Dictionary<string, Rubriek> ByCode, IReadOnlyDictionary<string, string> Names, IReadOnlyList<RubriekBranch> Active);

    private readonly RefreshingValue<Snapshot> _snapshot = new(TimeSpan.FromMinutes(1), clock, async ct =>
    {
        await using var session = store.QuerySession();
        var all = await session.Query<Rubriek>().ToListAsync(ct);
        static RubriekBranch Branch(RubriekNode node) => new(node.Code, node.Name, node.Children.Select(Branch).ToList());
        return new Snapshot(
            all.ToDictionary(r => r.Code, StringComparer.Ordinal),
            all.ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal),
            RubriekTree.Nest(all, includeRetired: false).Select(Branch).ToList());
    }, worthKeeping: tree => tree.ByCode.Count > 0);

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

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken ct) => (await _snapshot.GetAsync(ct)).Names;

    public async Task<IReadOnlyList<RubriekBranch>> ActiveTreeAsync(CancellationToken ct) => (await _snapshot.GetAsync(ct)).Active;

    private async Task<Dictionary<string, Rubriek>> Tree(CancellationToken ct) => (await _snapshot.GetAsync(ct)).ByCode;
}
