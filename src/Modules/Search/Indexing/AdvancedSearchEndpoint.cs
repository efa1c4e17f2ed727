using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Contracts.Geography;
using SocialeKaart.Modules.Search.Engine;
using Wolverine.Http;

namespace SocialeKaart.Modules.Search.Indexing;

public sealed record AdvancedSearchResponse(int Total, int Page, int PageSize, SearchSort Sort, IReadOnlyList<string> Places,
    IReadOnlyList<string> Trefwoorden, IReadOnlyList<SearchHit> Hits, IReadOnlyList<FacetValue> Municipalities, IReadOnlyList<FacetValue> Rubrieken,
    IReadOnlyList<MapPoint>? Points);

/// <summary>
/// Advanced search (uitgebreid zoeken): separate fields for organisations, persons and activities; a term
/// restricted to chosen parts of the fiche (within=tasks&within=street); places as "kind:code" (province:70000, municipality:44021,
/// deelgemeente:44021F, eerstelijnszone:elz12, referenceRegion:REFREG02, arrondissement:44000); a street;
/// rubrieken with their descendants; trefwoorden all (and) or any (or).
/// </summary>
public static class AdvancedSearchEndpoint
{
    private const int TextMax = 200;

    [WolverineGet("/api/search/advanced", Name = "AdvancedSearch")]
    [AllowAnonymous]
    public static async Task<IResult> Get(
        string? organisation, string? person, string? activity, string? term, TermField[]? within, string? street, bool? onlyParents,
        string[]? place, string[]? rubriek, string[]? trefwoord, string? trefwoordMode, SearchSort? sort, string? near,
        int? page, int? pageSize, bool? points, ISearchEngine engine, IGeography geography, IRubriekTree tree, IThesaurus thesaurus,
        UnmetSearchRecorder unmet, TimeProvider clock, CancellationToken ct)
    {
        var errors = new InputErrors();
        errors.Optional("organisation", organisation, TextMax).Optional("person", person, TextMax).Optional("activity", activity, TextMax)
            .Optional("term", term, TextMax).Optional("street", street, TextMax)
            .Check(trefwoordMode is null or "and" or "or", "trefwoordMode", "Kies and (alle trefwoorden) of or (minstens één).");
        SearchEndpoints.CheckPaging(errors, page, pageSize);
        var (lat, lon) = SearchEndpoints.ParseNear(near, sort, errors);
        await SearchEndpoints.CheckRubrieken(errors, rubriek, tree, ct);

        var nis = new HashSet<string>(StringComparer.Ordinal);
        var labels = new List<string>();
        errors.Each("place", place, SearchEndpoints.MaxFilterValues, (value, path) =>
        {
            var parts = value.Split(':', 2);
            if (parts.Length != 2 || !Enum.TryParse<PlaceKind>(parts[0], ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                errors.Add(path, $"Geef een gebied als soort:code, bv. province:70000 of municipality:44021 (niet '{value}').");
                return;
            }
            var reference = new PlaceRef(kind, parts[1]);
            var covered = geography.MunicipalitiesCovered(reference);
            if (covered.Count == 0) errors.Add(path, $"Er bestaat geen {kind} met code {parts[1]}.");
            nis.UnionWith(covered);
            if (geography.NameOf(reference) is { } label) labels.Add(label);
        });

        var terms = new List<string>();
        if (trefwoord is { Length: > 0 })
        {
            var groups = await thesaurus.GroupsAsync(ct);
            errors.Each("trefwoord", trefwoord, SearchEndpoints.MaxFilterValues, (given, path) =>
            {
                var group = groups.FirstOrDefault(g => g.Any(f => string.Equals(f, given.Trim(), StringComparison.OrdinalIgnoreCase)));
                if (group is null) errors.Add(path, $"'{given}' staat niet in de thesaurus.");
                else terms.Add(group[0]);
            });
        }
        if (errors.Any) return Results.Problem(errors.ToProblem());

        var request = new SearchRequest(null, place is { Length: > 0 } ? nis : null, rubriek, onlyParents == true, sort ?? SearchSort.Relevance, lat, lon,
            page ?? 1, pageSize ?? 20, points == true, null,
            new AdvancedCriteria(organisation, person, activity, term, within, street, terms, trefwoordMode != "or"));
        var results = await engine.SearchAsync(request, ct);
        SearchEndpoints.RecordIfUnmet(unmet, clock, results, string.Join(' ', new[] { organisation, person, activity, term }.OfType<string>()), labels.FirstOrDefault());
        return Results.Ok(new AdvancedSearchResponse(results.Total, request.Page, request.PageSize, request.Sort, labels, terms,
            results.Hits, results.MunicipalityFacet, results.RubriekFacet, results.Points));
    }
}
