using Marten.Pagination;

namespace SocialeKaart.Modules.Directory.Fiches;

public sealed record FichePage(IReadOnlyList<FicheListItem> Items, long Total, int Page, int PageSize);

public static class ListFichesEndpoint
{
    public const int MaxPageSize = 100;

    [WolverineGet("/api/fiches", Name = "ListFiches")]
    [AllowAnonymous]
    /// <param name="onlyParents">Only top-level organisations (mother organisations), not their branches and services.</param>
    public static async Task<FichePage> Get(IQuerySession session, int? page, int? pageSize, bool? onlyParents, CancellationToken ct)
    {
        // Out-of-range paging is clamped rather than refused: a list link must never break.
        var p = Math.Max(1, page ?? 1);
        var size = Math.Clamp(pageSize ?? 20, 1, MaxPageSize);
        // Defunct organisations leave the public list; temporarily closed ones stay and say so.
        var query = session.Query<FicheListItem>().Where(x => x.Status != FicheStatus.Defunct);
        if (onlyParents == true) query = query.Where(x => x.ParentId == null);
        var items = await query.OrderBy(x => x.Name).ThenBy(x => x.Id).ToPagedListAsync(p, size, ct);
        return new FichePage(items.ToList(), items.TotalItemCount, p, size);
    }
}
