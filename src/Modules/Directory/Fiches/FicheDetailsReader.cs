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

    public const int ShortDescriptionLength = 180;

    public async IAsyncEnumerable<(Guid Id, string Name, DateTimeOffset LastChangedAt)> AllPublishedAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var rows = session.Query<Fiche>().Where(f => f.Status != FicheStatus.Defunct).OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.Identity.Name, f.LastChangedAt }).ToAsyncEnumerable(ct);
        await foreach (var row in rows) yield return (row.Id, row.Name, row.LastChangedAt);
    }

    public async Task<IReadOnlyDictionary<Guid, FicheSummary>> SummariesAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken ct)
    {
        if (ids.Count == 0) return new Dictionary<Guid, FicheSummary>();
        await using var session = store.QuerySession();
        var found = await session.LoadManyAsync<Fiche>(ct, ids.Distinct());
        var names = await rubrieken.NamesAsync(ct);
        return found.ToDictionary(f => f.Id, f => new FicheSummary(
            Shorten(f.Content.GeneralOperation),
            f.Contact.Phones.FirstOrDefault()?.Number,
            f.Schedules.Any(s => s.Kind == ScheduleKind.OpeningHours) ? OpeningHours.At(f, now) : null,
            f.Rubrieken.Where(names.ContainsKey).Select(code => names[code]).Distinct().ToList(),
            f.Locations.FirstOrDefault()?.Address.StreetLine()));
    }

    public async Task<IReadOnlyDictionary<Guid, Fiche>> ManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return new Dictionary<Guid, Fiche>();
        await using var session = store.QuerySession();
        return (await session.LoadManyAsync<Fiche>(ct, ids.Distinct())).ToDictionary(f => f.Id);
    }

    /// <summary>The first sentences up to about 180 characters, cut at a word.</summary>
    private static string? Shorten(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= ShortDescriptionLength) return flat;
        var cut = flat.LastIndexOf(' ', ShortDescriptionLength);
        return flat[..(cut > 80 ? cut : ShortDescriptionLength)].TrimEnd(',', ';', ':') + " …";
    }
}
