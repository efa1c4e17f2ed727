using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using SocialeKaart.BuildingBlocks;
using Wolverine.Http;

namespace SocialeKaart.Modules.Search.Indexing;

/// <summary>
/// Advanced search (uitgebreid zoeken): separate fields for organisations, persons and activities; a term
/// restricted to chosen parts of the fiche (within=tasks&within=street); places as "kind:code" (province:70000, municipality:44021,
/// deelgemeente:44021F, eerstelijnszone:elz12, referenceRegion:REFREG02, arrondissement:44000); a street;
/// rubrieken with their descendants; trefwoorden all (and) or any (or). Then the quick search's filters on top: municipality
/// (established in), inRubriek (also in this rubriek), openNow, language, targetGroup, cost; the answer counts each of them.
/// </summary>
public static class AdvancedSearchEndpoint
{
    [WolverineGet("/api/search/advanced", Name = "AdvancedSearch")]
    [AllowAnonymous]
    public static async Task<IResult> Get(
        string? organisation, string? person, string? activity, string? term, TermField[]? within, string? street, bool? onlyParents,
        string[]? place, string[]? rubriek, string[]? trefwoord, string? trefwoordMode, SearchSort? sort, string? near,
        int? page, int? pageSize, bool? points, string[]? municipality, string[]? inRubriek, bool? openNow, string[]? language,
        string[]? targetGroup, string[]? cost, IAdvancedSearch search, CancellationToken ct)
    {
        var outcome = await search.SearchAsync(new AdvancedSearchQuery(organisation, person, activity, term, within, street, onlyParents == true,
            place, rubriek, trefwoord, trefwoordMode, sort, near, page, pageSize, points == true, municipality, inRubriek, openNow == true,
            language, targetGroup, cost), ct);
        return outcome.Ok ? Results.Ok(outcome.Response) : Results.Problem(InputErrors.From(outcome.Errors).ToProblem());
    }
}
