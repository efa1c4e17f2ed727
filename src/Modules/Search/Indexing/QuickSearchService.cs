using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Contracts.Geography;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Indexing;

/// <summary>
/// Quick search as one operation, for the API endpoint and the public pages alike: checks the input (Dutch
/// messages by field), reads "waar" as an area and intersects it with the municipality facet, applies the
/// thesaurus, searches, and records searches that found nothing.
/// </summary>
public sealed class QuickSearchService(
    ISearchEngine engine, IGeography geography, IRubriekTree tree, IThesaurus thesaurus, UnmetSearchRecorder unmet, TimeProvider clock) : IQuickSearch
{
    public async Task<QuickSearchOutcome> SearchAsync(QuickSearchQuery query, CancellationToken ct)
    {
        var errors = new InputErrors();
        errors.Optional("q", query.Q, SearchInput.MaxQuery).Optional("waar", query.Waar, 100)
            .Each("municipality", query.Municipalities, SearchInput.MaxFilterValues,
                (nis, path) => errors.Check(geography.Municipality(nis) is not null, path, $"Onbekende NIS-code '{nis}'."));
        SearchInput.CheckPaging(errors, query.Page, query.PageSize);
        PlaceMatch? place = null;
        if (!string.IsNullOrWhiteSpace(query.Waar) && query.Waar.Length <= 100)
        {
            place = geography.Resolve(query.Waar);
            errors.Check(place is not null, "waar", $"'{query.Waar.Trim()}' is geen gemeente, deelgemeente, postcode, provincie of regio die we kennen.");
        }
        var (lat, lon) = SearchInput.ParseNear(query.Near, query.Sort, errors);
        await SearchInput.CheckRubrieken(errors, query.Rubrieken, tree, ct);
        if (errors.Any) return new QuickSearchOutcome(null, errors.ByField);

        var area = SearchInput.Intersect(place?.MunicipalityNisCodes, query.Municipalities);
        var request = new SearchRequest(query.Q, area, query.Rubrieken?.ToList(), query.OnlyParents, query.Sort ?? SearchSort.Relevance, lat, lon,
            query.Page ?? 1, query.PageSize ?? 20, query.Points, string.IsNullOrWhiteSpace(query.Q) ? null : await thesaurus.GroupsAsync(ct));
        var results = area is { Count: 0 }
            ? new SearchResults(0, [], [], [], query.Points ? [] : null)
            : await engine.SearchAsync(request, ct);
        unmet.RecordIfUnmet(results, query.Q, place?.Label, clock.GetUtcNow());
        return new QuickSearchOutcome(new SearchResponse(query.Q?.Trim(), place, results.Total, request.Page, request.PageSize, request.Sort,
            results.Hits, results.MunicipalityFacet, results.RubriekFacet, results.Points), new Dictionary<string, string[]>());
    }

    public async Task<IReadOnlyList<string>> SuggestNamesAsync(string prefix, int limit, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(prefix) ? [] : await engine.SuggestNamesAsync(prefix, limit, ct);
}
