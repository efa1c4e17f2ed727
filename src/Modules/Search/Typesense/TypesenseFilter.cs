using System.Globalization;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Typesense;

/// <summary>
/// Builds Typesense filter_by expressions from a search request. Every value is wrapped in backticks, with
/// backslashes and backticks inside escaped, so user input can never close the value and add its own
/// operators (`&&`, `||`, `:`, `[`...): it stays one literal value.
/// </summary>
public static class TypesenseFilter
{
    public static string Literal(string value) => "`" + value.Replace("\\", "\\\\").Replace("`", "\\`") + "`";

    public static string Is(string field, string value) => $"{field}:={Literal(value)}";

    public static string IsNot(string field, string value) => $"{field}:!={Literal(value)}";

    public static string AnyOf(string field, IEnumerable<string> values) => $"{field}:=[{string.Join(",", values.Distinct().Select(Literal))}]";

    /// <summary>The filters of a request: never defunct, only parents when asked, the working area, rubrieken, languages, target groups, open now.</summary>
    public static string For(SearchRequest request)
    {
        var clauses = new List<string> { IsNot(TypesenseSchema.Status, "defunct") };
        if (request.OnlyParents) clauses.Add($"{TypesenseSchema.IsParent}:=true");
        if (request.Municipalities is { Count: > 0 } nis) clauses.Add(AnyOf(TypesenseSchema.Area, nis));
        if (request.LocatedIn is { Count: > 0 } located) clauses.Add(AnyOf(TypesenseSchema.MunicipalityFacet, located));
        if (request.Rubrieken is { Count: > 0 } codes) clauses.Add(AnyOf(TypesenseSchema.Rubriek, codes));
        if (request.InRubrieken is { Count: > 0 } narrowed) clauses.Add(AnyOf(TypesenseSchema.Rubriek, narrowed));
        if (request.Languages is { Count: > 0 } languages) clauses.Add(AnyOf(TypesenseSchema.Language, languages));
        if (request.TargetGroups is { Count: > 0 } groups) clauses.Add(AnyOf(TypesenseSchema.TargetGroup, groups));
        if (request.Costs is { Count: > 0 } costs) clauses.Add(AnyOf(TypesenseSchema.Cost, costs));
        // Open by the week and no exception that day, or by that day's exception (OpenNowTerms).
        if (request.OpenAt is { } at)
            clauses.Add($"(({Is(TypesenseSchema.Open, at.Week)} && {IsNot(TypesenseSchema.Open, at.Date)}) || {Is(TypesenseSchema.Open, at.DateQuarter)})");
        if (request.Advanced?.Trefwoorden is { Count: > 0 } terms)
            clauses.AddRange(request.Advanced.AllTrefwoorden ? terms.Select(t => Is(TypesenseSchema.Trefwoorden, t)) : [AnyOf(TypesenseSchema.Trefwoorden, terms)]);
        return string.Join(" && ", clauses);
    }

    /// <summary>sort_by for a request; every order ends on the id so paging is stable.</summary>
    public static string SortFor(SearchRequest request) => request.Sort switch
    {
        SearchSort.Name => $"{TypesenseSchema.NameSort}:asc,{TypesenseSchema.Id}:asc",
        SearchSort.Postcode => $"{TypesenseSchema.Postcode}:asc,{TypesenseSchema.NameSort}:asc",
        SearchSort.Municipality => $"{TypesenseSchema.LocalitySort}:asc,{TypesenseSchema.NameSort}:asc",
        SearchSort.Distance when request.NearLat is { } lat && request.NearLon is { } lon =>
            string.Create(CultureInfo.InvariantCulture, $"{TypesenseSchema.Location}({lat}, {lon}):asc,{TypesenseSchema.NameSort}:asc"),
        // In the place asked for first (the deelgemeente or postcode, then the municipality), as the embedded engine does.
        _ when request.Place is { } place => $"{PlaceTier(place)}:desc,_text_match:desc,{TypesenseSchema.NameSort}:asc",
        _ => $"_text_match:desc,{TypesenseSchema.NameSort}:asc",
    };

    private static string PlaceTier(PlaceRanking place)
    {
        var tiers = new List<string>();
        if (place.Localities.Count > 0) tiers.Add($"({AnyOf(TypesenseSchema.LocatedPlace, place.Localities)}):2");
        if (place.Municipalities.Count > 0) tiers.Add($"({AnyOf(TypesenseSchema.LocatedPlace, place.Municipalities.Select(n => "nis:" + n))}):1");
        return $"_eval([{string.Join(",", tiers)}])";
    }
}
