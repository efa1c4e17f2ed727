namespace SocialeKaart.Modules.Directory.Fiches;

/// <summary>Serves a fiche to the public pages (IFicheDetails): the fiche, open-now in Belgian time, its parent and children, rubriek names.</summary>
public sealed class FicheDetailsReader(IDocumentStore store, IRubriekTree rubrieken) : IFicheDetails
{
    public const int MaxChildren = 200;

    public async Task<PublishedFiche?> GetAsync(Guid id, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var fiche = await session.LoadAsync<Fiche>(id, ct);
        if (fiche is null) return null;
        var parent = fiche.ParentId is { } parentId ? await session.LoadAsync<Fiche>(parentId, ct) : null;
        var children = await session.Query<Fiche>()
            .Where(f => f.ParentId == id && f.Status != FicheStatus.Defunct)
            .OrderBy(f => f.Identity.Name).Take(MaxChildren)
            .Select(f => new { f.Id, f.Identity.Name }).ToListAsync(ct);
        var names = await rubrieken.NamesAsync(ct);
        var used = fiche.Rubrieken.Concat(fiche.Activities.SelectMany(a => a.Rubrieken)).Distinct()
            .Where(names.ContainsKey).ToDictionary(code => code, code => names[code], StringComparer.Ordinal);
        return new PublishedFiche(fiche, OpeningHours.At(fiche, now),
            parent is null ? null : new FicheLink(parent.Id, parent.Name),
            children.Select(c => new FicheLink(c.Id, c.Name)).ToList(), used);
    }
}
