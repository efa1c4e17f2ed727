namespace SocialeKaart.Modules.Contracts.Search;

/// <summary>
/// Advanced search (uitgebreid zoeken) as a visitor asks it: separate texts for organisations, persons and
/// activities; a term restricted to parts of the fiche; places as "kind:code" (province:70000, municipality:44021,
/// deelgemeente:44021F, eerstelijnszone:..., referenceRegion:..., arrondissement:...); a street; rubrieken (with
/// their descendants); trefwoorden, all of them ("and") or any ("or").
/// Then the result filters of the quick search, applied on top of all that: <see cref="Municipalities"/> where the fiche is
/// established (NIS codes, as the municipality facet counts), <see cref="InRubrieken"/> a rubriek the fiche must also have
/// (the rubriek facet; the criteria's rubrieken match any of themselves), open now, languages, target groups and costs.
/// </summary>
public sealed record AdvancedSearchQuery(
    string? Organisation = null, string? Person = null, string? Activity = null, string? Term = null, IReadOnlyList<TermField>? Within = null,
    string? Street = null, bool OnlyParents = false, IReadOnlyList<string>? Places = null, IReadOnlyList<string>? Rubrieken = null,
    IReadOnlyList<string>? Trefwoorden = null, string? TrefwoordMode = null, SearchSort? Sort = null, string? Near = null,
    int? Page = null, int? PageSize = null, bool Points = false,
    IReadOnlyList<string>? Municipalities = null, IReadOnlyList<string>? InRubrieken = null, bool OpenNow = false,
    IReadOnlyList<string>? Languages = null, IReadOnlyList<string>? TargetGroups = null, IReadOnlyList<string>? Costs = null);

public sealed record AdvancedSearchResponse(int Total, int Page, int PageSize, SearchSort Sort, IReadOnlyList<string> Places,
    IReadOnlyList<string> Trefwoorden, IReadOnlyList<SearchHit> Hits, IReadOnlyList<FacetValue> Municipalities, IReadOnlyList<FacetValue> Rubrieken,
    IReadOnlyList<MapPoint>? Points, IReadOnlyList<FacetValue> Languages, IReadOnlyList<FacetValue> TargetGroups, IReadOnlyList<FacetValue> Costs);

public sealed record AdvancedSearchOutcome(AdvancedSearchResponse? Response, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Ok => Response is not null;
}

/// <summary>The Search module's advanced search, used by GET /api/search/advanced and the public advanced-search page.</summary>
public interface IAdvancedSearch
{
    Task<AdvancedSearchOutcome> SearchAsync(AdvancedSearchQuery query, CancellationToken ct);
}
