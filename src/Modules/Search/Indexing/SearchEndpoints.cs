using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using SocialeKaart.BuildingBlocks;
using Wolverine.Http;

namespace SocialeKaart.Modules.Search.Indexing;

/// <summary>
/// Quick search: "wie of wat" (q) and "waar" (a place, matched against working areas), narrowed by facet
/// filters (municipality NIS codes, rubrieken with their descendants), sorted and paged; optionally every
/// result's point for the map. The work is QuickSearchService's (IQuickSearch), shared with the public pages.
/// </summary>
public static class SearchEndpoints
{
    [WolverineGet("/api/search", Name = "Search")]
    [AllowAnonymous]
    public static async Task<IResult> Search(
        string? q, string? waar, string[]? municipality, string[]? rubriek, bool? onlyParents, SearchSort? sort, string? near,
        int? page, int? pageSize, bool? points, string? view, bool? openNow, string[]? language, string[]? targetGroup, string[]? cost, IQuickSearch search, CancellationToken ct)
    {
        var outcome = await search.SearchAsync(new QuickSearchQuery(q, waar, municipality, rubriek, onlyParents == true, sort, near, page, pageSize, points == true, view,
            openNow == true, language, targetGroup, cost), ct);
        return outcome.Ok ? Results.Ok(outcome.Response) : Results.Problem(InputErrors.From(outcome.Errors).ToProblem());
    }

    /// <summary>Organisation names for the quick-search box while typing.</summary>
    [WolverineGet("/api/search/suggestions", Name = "SearchSuggestions")]
    [AllowAnonymous]
    public static async Task<IResult> Suggestions(string? q, int? limit, IQuickSearch search, CancellationToken ct)
    {
        var errors = new InputErrors().Optional("q", q, SearchInput.MaxQuery).Check(limit is null or (>= 1 and <= 20), "limit", "Kies 1 tot 20 suggesties.");
        if (errors.Any) return Results.Problem(errors.ToProblem());
        return Results.Ok(await search.SuggestNamesAsync(q ?? "", limit ?? 8, ct));
    }
}
