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
        errors.Optional("q", query.Q, SearchInput.MaxQuery).Optional("waar", query.Waar, 100);
        SearchInput.CheckFilters(errors, geography, query.Municipalities, query.Languages, query.TargetGroups, query.Costs);
        SearchInput.CheckPaging(errors, query.Page, query.PageSize);
        PlaceMatch? place = null;
        if (!string.IsNullOrWhiteSpace(query.Waar) && query.Waar.Length <= 100)
        {
            place = geography.Resolve(query.Waar);
            if (place is null)
            {
                var close = geography.DidYouMean(query.Waar, 3);
                errors.Add("waar", $"'{query.Waar.Trim()}' is geen gemeente, deelgemeente, postcode, provincie of regio die we kennen."
                    + (close.Count > 0 ? $" Bedoelde je {string.Join(" of ", close)}?" : ""));
            }
        }
        var (lat, lon) = SearchInput.ParseNear(query.Near, place is null ? query.Sort : null, errors);
        if (query.Sort == SearchSort.Distance && lat is null && place?.Point is { } centre) (lat, lon) = (centre.Lat, centre.Lon);
        errors.Optional("view", query.View, 100);
        await SearchInput.CheckRubrieken(errors, query.Rubrieken, tree, ct);
        if (errors.Any) return new QuickSearchOutcome(null, errors.ByField);

        // "waar" is where the fiche works (its working area); the municipality facet is where it is established.
        var request = new SearchRequest(query.Q, place?.MunicipalityNisCodes, query.Rubrieken?.ToList(), query.OnlyParents, query.Sort ?? SearchSort.Relevance,
            lat, lon, query.Page ?? 1, query.PageSize ?? 20, query.Points, string.IsNullOrWhiteSpace(query.Q) ? null : await thesaurus.GroupsAsync(ct),
            Place: place is null ? null : Ranking(place), View: query.View)
            .WithFilters(query.Municipalities, query.OpenNow, query.Languages, query.TargetGroups, query.Costs, clock.GetUtcNow());
        var results = await engine.SearchAsync(request, ct);
        unmet.RecordIfUnmet(results, query.Q, place?.Label, clock.GetUtcNow());
        // Nothing serves the place: rather than a dead end, the nearest that match, wherever they are (and say so).
        var widened = false;
        if (results.Total == 0 && place?.Point is { } point && !string.IsNullOrWhiteSpace(query.Q) && query.Municipalities is not { Count: > 0 })
        {
            var nearest = await engine.SearchAsync(request with
            {
                Municipalities = null, Place = null, Sort = SearchSort.Distance, NearLat = point.Lat, NearLon = point.Lon, View = null,
            }, ct);
            if (nearest.Total > 0) (results, widened) = (nearest, true);
        }
        var used = results.WordsUsed ?? [];
        return new QuickSearchOutcome(new SearchResponse(query.Q?.Trim(), place, results.Total, request.Page, request.PageSize, request.Sort,
            results.Hits, results.MunicipalityFacet, results.RubriekFacet, results.Points, results.Matching, used, results.WordsIgnored ?? [], results.View, results.DidYouMean, widened,
            results.LanguageFacet ?? [], results.TargetGroupFacet ?? [], results.CostFacet ?? []),
            new Dictionary<string, string[]>());
    }

    /// <summary>What "in the place" means for ranking: the deelgemeente or postcode itself, then its municipality.</summary>
    private static PlaceRanking Ranking(PlaceMatch place)
    {
        var fine = place.Place.Kind switch
        {
            PlaceKind.Postcode => ["pc:" + place.Place.Code],
            PlaceKind.Deelgemeente or PlaceKind.FormerMunicipality when place.Name is { } name =>
                place.MunicipalityNisCodes.Select(nis => Lucene.DocumentMapper.LocalityKey(nis, name)).ToList(),
            _ => (IReadOnlyCollection<string>)[],
        };
        var municipalities = place.Place.Kind is PlaceKind.Municipality or PlaceKind.Deelgemeente or PlaceKind.FormerMunicipality or PlaceKind.Postcode
            ? place.MunicipalityNisCodes : [];
        return new PlaceRanking(fine, municipalities, place.Point);
    }

    public async Task<IReadOnlyList<string>> SuggestNamesAsync(string prefix, int limit, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(prefix) ? [] : await engine.SuggestNamesAsync(prefix, limit, ct);
}
