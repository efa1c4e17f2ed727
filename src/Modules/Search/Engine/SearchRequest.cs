namespace SocialeKaart.Modules.Search.Engine;

/// <summary>
/// One search, engine-neutral. <see cref="Municipalities"/> are NIS codes the working area must touch (the
/// "waar", already resolved); <see cref="Rubrieken"/> match a rubriek or any of its descendants.
/// <see cref="Synonyms"/> are the thesaurus' groups of equivalent forms ("OCMW", "sociaal huis", ...). <see cref="LocatedIn"/>
/// are municipalities the fiche must have an address in (the facet filter: "gevestigd in"); <see cref="View"/> a point-in-time view.
/// <see cref="Languages"/> and <see cref="TargetGroups"/> match any of their values; <see cref="OpenAt"/> keeps what is open then.
/// <see cref="InRubrieken"/> narrows on top of <see cref="Rubrieken"/> (both must hold): advanced search's rubriek facet, where
/// the rubrieken of the criteria already match any of themselves.
/// </summary>
public sealed record SearchRequest(
    string? Text = null,
    IReadOnlyCollection<string>? Municipalities = null,
    IReadOnlyCollection<string>? Rubrieken = null,
    bool OnlyParents = false,
    SearchSort Sort = SearchSort.Relevance,
    double? NearLat = null,
    double? NearLon = null,
    int Page = 1,
    int PageSize = 20,
    bool IncludePoints = false,
    IReadOnlyList<IReadOnlyList<string>>? Synonyms = null,
    AdvancedCriteria? Advanced = null,
    IReadOnlyCollection<string>? LocatedIn = null,
    PlaceRanking? Place = null,
    string? View = null,
    IReadOnlyCollection<string>? Languages = null,
    IReadOnlyCollection<string>? TargetGroups = null,
    OpenAt? OpenAt = null,
    IReadOnlyCollection<string>? Costs = null,
    IReadOnlyCollection<string>? InRubrieken = null);

/// <summary>
/// What "waar" asked for, to rank what is in the place first: fiches with an address in one of <see cref="Localities"/>
/// (the deelgemeente or postcode, as DocumentMapper.PlaceKeys names them), then in one of <see cref="Municipalities"/>,
/// then the rest of what serves it, nearest to <see cref="Point"/> first.
/// </summary>
public sealed record PlaceRanking(IReadOnlyCollection<string> Localities, IReadOnlyCollection<string> Municipalities, Contracts.Geography.GeoPoint? Point);

/// <summary>The parts of advanced search that quick search does not have.</summary>
/// <param name="TermIn">Where <see cref="Term"/> must match: any of the <see cref="TermField"/> values.</param>
/// <param name="AllTrefwoorden">True: every trefwoord must be on the fiche (AND); false: any of them (OR).</param>
public sealed record AdvancedCriteria(
    string? Organisation = null, string? Person = null, string? Activity = null, string? Term = null,
    IReadOnlyCollection<TermField>? TermIn = null, string? Street = null,
    IReadOnlyCollection<string>? Trefwoorden = null, bool AllTrefwoorden = true);


public sealed record SearchResults(
    int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<FacetValue> MunicipalityFacet, IReadOnlyList<FacetValue> RubriekFacet,
    IReadOnlyList<MapPoint>? Points, WordMatching Matching = WordMatching.All, IReadOnlyList<string>? WordsUsed = null, string? View = null,
    string? DidYouMean = null, IReadOnlyList<string>? WordsIgnored = null,
    IReadOnlyList<FacetValue>? LanguageFacet = null, IReadOnlyList<FacetValue>? TargetGroupFacet = null, IReadOnlyList<FacetValue>? CostFacet = null);
