using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Directory.Classification;

/// <summary>Serves the thesaurus to other modules; small and rarely changed, so read whole and kept for a minute.</summary>
public sealed class ThesaurusReader(IDocumentStore store, TimeProvider clock) : IThesaurus
{
    private readonly RefreshingValue<IReadOnlyList<IReadOnlyList<string>>> _groups = new(TimeSpan.FromMinutes(1), clock, async ct =>
    {
        await using var session = store.QuerySession();
        var terms = await session.Query<Trefwoord>().Where(t => !t.Retired).ToListAsync(ct);
        return terms.Select(t => (IReadOnlyList<string>)t.AllForms().ToList()).ToList();
    });

    public Task<IReadOnlyList<IReadOnlyList<string>>> GroupsAsync(CancellationToken ct) => _groups.GetAsync(ct);
}
