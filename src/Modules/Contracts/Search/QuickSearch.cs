using SocialeKaart.Modules.Contracts.Geography;

namespace SocialeKaart.Modules.Contracts.Search;

public enum SearchSort { Relevance, Name, Postcode, Municipality, Distance }

/// <summary>The parts of a fiche an advanced-search term can be restricted to.</summary>
public enum TermField { GeneralOperation, Tasks, Street, Trefwoorden }

/// <param name="Attribution">What must be shown with this result ("© OpenStreetMap contributors"), or null.</param>
public sealed record SearchHit(
    Guid Id, string Name, string Status, string? Postcode, string? Locality, string? Municipality, double? Lat, double? Lon, double? DistanceKm,
    string? Attribution = null);

/// <summary>How the words were matched: all as typed, all after correcting typos, or only some of them.</summary>
public enum WordMatching { All, Corrected, Some }

public sealed record FacetValue(string Value, int Count);

public sealed record MapPoint(Guid Id, string Name, double Lat, double Lon);

/// <param name="Waar">The area the "waar" input was read as, with the municipalities it covers.</param>
/// <param name="Municipalities">Facet: where the results are established (gevestigd in); the municipality filter matches the same.</param>
/// <param name="WordsUsed">The words of the query the results match (after stopwords); fewer than typed when <paramref name="Matching"/> is Some.</param>
/// <param name="DidYouMean">For a search that found nothing: the query with its words replaced by close words the directory uses.</param>
/// <param name="WaarWidened">True when nothing serves the place asked for, and the hits are the nearest elsewhere, nearest first.</param>
/// <param name="View">A point-in-time view: pass it back as <c>view</c> for the next page, so fiches changing meanwhile do not shift pages.</param>
/// <param name="Languages">Facet: the languages spoken (ISO 639-1 codes), each with what filtering on it returns.</param>
/// <param name="TargetGroups">Facet: who the organisations are for (target-group tags), each with what filtering on it returns.</param>
/// <param name="Costs">Facet: the kind of cost (free, contribution, incomeBased, paid), each with what filtering on it returns.</param>
public sealed record SearchResponse(string? Query, PlaceMatch? Waar, int Total, int Page, int PageSize, SearchSort Sort,
    IReadOnlyList<SearchHit> Hits, IReadOnlyList<FacetValue> Municipalities, IReadOnlyList<FacetValue> Rubrieken, IReadOnlyList<MapPoint>? Points,
    WordMatching Matching = WordMatching.All, IReadOnlyList<string>? WordsUsed = null, IReadOnlyList<string>? WordsIgnored = null, string? View = null,
    string? DidYouMean = null, bool WaarWidened = false, IReadOnlyList<FacetValue>? Languages = null, IReadOnlyList<FacetValue>? TargetGroups = null,
    IReadOnlyList<FacetValue>? Costs = null);

/// <summary>
/// A quick search as a visitor asks it: "wie of wat" (Q), "waar", facet filters (municipality NIS codes,
/// rubriek codes, languages, target groups, open now), sort, "near" as "lat,lon" for distance sorting, paging, and
/// whether to return every point.
/// </summary>
public sealed record QuickSearchQuery(
    string? Q = null, string? Waar = null, IReadOnlyList<string>? Municipalities = null, IReadOnlyList<string>? Rubrieken = null,
    bool OnlyParents = false, SearchSort? Sort = null, string? Near = null, int? Page = null, int? PageSize = null, bool Points = false,
    string? View = null, bool OpenNow = false, IReadOnlyList<string>? Languages = null, IReadOnlyList<string>? TargetGroups = null,
    IReadOnlyList<string>? Costs = null);

/// <summary>The answer, or the input errors by field (Dutch messages) when the query cannot be run.</summary>
public sealed record QuickSearchOutcome(SearchResponse? Response, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Ok => Response is not null;
}

/// <summary>The Search module's query contract, used by its HTTP endpoint and by the public pages.</summary>
public interface IQuickSearch
{
    Task<QuickSearchOutcome> SearchAsync(QuickSearchQuery query, CancellationToken ct);

    /// <summary>Organisation names for the search box while typing.</summary>
    Task<IReadOnlyList<string>> SuggestNamesAsync(string prefix, int limit, CancellationToken ct);
}
