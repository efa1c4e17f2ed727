using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Directory.Classification;

/// <summary>
/// Answers other modules' questions about the rubriek tree. The tree is small (a few hundred rubrieken) and
/// changes rarely, so it is read whole and kept for a minute; a move shows in search within that minute.
/// </summary>
public sealed class RubriekTreeReader(IDocumentStore store, TimeProvider clock) : IRubriekTree
{
    private readonly RefreshingValue<Dictionary<string, Rubriek>> _tree = new(TimeSpan.FromMinutes(1), clock, async ct =>
    {
        await using var session = store.QuerySession();
        return (await session.Query<Rubriek>().ToListAsync(ct)).ToDictionary(r => r.Code, StringComparer.Ordinal);
    });

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

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken ct) =>
        (await Tree(ct)).ToDictionary(r => r.Key, r => r.Value.Name, StringComparer.Ordinal);

    public async Task<IReadOnlyList<RubriekBranch>> ActiveTreeAsync(CancellationToken ct)
    {
        static RubriekBranch Branch(RubriekNode node) => new(node.Code, node.Name, node.Children.Select(Branch).ToList());
        return RubriekTree.Nest((await Tree(ct)).Values.ToList(), includeRetired: false).Select(Branch).ToList();
    }

    private Task<Dictionary<string, Rubriek>> Tree(CancellationToken ct) => _tree.GetAsync(ct);
}
