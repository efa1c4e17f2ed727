using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using SocialeKaart.BuildingBlocks;
using Wolverine.Http;

namespace SocialeKaart.Modules.Search.Indexing;

public sealed record SearchHit(Guid Id, string Name, string Postcode, string Municipality);

public sealed record SearchResult(string Query, IReadOnlyList<SearchHit> Hits);

public static class SearchFichesEndpoint
{
    public const int MaxQueryLength = 200;
    public const int MaxHits = 50;

    // A plain name search over the Search module's entries; the ranked full-text engine replaces it (issue 4).
    [WolverineGet("/api/search", Name = "SearchFiches")]
    [AllowAnonymous]
    public static async Task<IResult> Get(string? q, IQuerySession session, CancellationToken ct)
    {
        var errors = new InputErrors().Optional("q", q, MaxQueryLength);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        var query = (q ?? "").Trim();
        var hits = await session.Query<FicheSearchEntry>()
            .Where(x => query.Length == 0 || x.Name.Contains(query, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.Name)
            .Take(MaxHits)
            .Select(x => new SearchHit(x.Id, x.Name, x.Postcode, x.Municipality))
            .ToListAsync(ct);
        return Results.Ok(new SearchResult(query, hits));
    }
}
