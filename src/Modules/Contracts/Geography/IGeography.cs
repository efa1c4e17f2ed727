namespace SocialeKaart.Modules.Contracts.Geography;

/// <summary>The kinds of area a "waar" input or a working area can name.</summary>
public enum PlaceKind
{
    Region,
    Province,
    Arrondissement,
    ReferenceRegion,
    Eerstelijnszone,
    Municipality,
    FormerMunicipality,
    Deelgemeente,
    Postcode,
}

/// <summary>A reference to an area by kind and code, e.g. (Municipality, "44021") or (Postcode, "9050").</summary>
public sealed record PlaceRef(PlaceKind Kind, string Code);

public sealed record GeoPoint(double Lat, double Lon);

/// <param name="EerstelijnszoneCode">The primary care zone (every municipality lies in exactly one).</param>
/// <param name="ReferenceRegionCode">The Flemish referentieregio; null in Brussels.</param>
/// <summary>The area an input names, with the municipalities it covers, its own name and a point inside it.</summary>
public sealed record PlaceMatch(PlaceRef Place, string Label, IReadOnlyList<string> MunicipalityNisCodes, string? Name = null, GeoPoint? Point = null);

public sealed record MunicipalityInfo(
    string NisCode, string Name, string? ProvinceCode, string? ProvinceName, GeoPoint Point, string EerstelijnszoneCode, string? ReferenceRegionCode);

/// <summary>
/// What other modules may ask the Geography module (a query contract: Geography implements it, the host
/// registers it). Reference data is read-only and in memory, so these calls are synchronous.
/// </summary>
public interface IGeography
{
    MunicipalityInfo? Municipality(string nisCode);

    /// <summary>The 304 municipalities of Flanders and Brussels (2025), by name.</summary>
    IReadOnlyList<MunicipalityInfo> AllMunicipalities { get; }

    /// <summary>The postcodes used in a municipality.</summary>
    IReadOnlyList<string> PostcodesOf(string nisCode);

    /// <summary>The municipality a Belgian postcode belongs to (each postcode lies in exactly one), or null.</summary>
    MunicipalityInfo? MunicipalityOfPostcode(string postcode);

    /// <summary>A point for a postcode's main locality, to place an address on the map when no point is given.</summary>
    GeoPoint? PointOfPostcode(string postcode);

    /// <summary>The locality names (deelgemeenten, municipality) that use a postcode.</summary>
    IReadOnlyList<string> LocalitiesOfPostcode(string postcode);

    /// <summary>The NIS codes of the municipalities an area covers; empty when the area is unknown.</summary>
    IReadOnlyList<string> MunicipalitiesCovered(PlaceRef place);

    /// <summary>The best area for "waar" input ("Gentbrugge", "9050", "Provincie Limburg"), or null when nothing matches.</summary>
    PlaceMatch? Resolve(string input);

    /// <summary>Names of places close to an input that matched none ("Gentbrugg" → "Gentbrugge"), closest first.</summary>
    IReadOnlyList<string> DidYouMean(string input, int limit);

    /// <summary>Every area of one kind (provinces, eerstelijnszones, reference regions, arrondissements...), by name.</summary>
    IReadOnlyList<(string Code, string Name)> AreasOf(PlaceKind kind);

    /// <summary>A display name for an area ("Gentbrugge (Gent)", "Provincie Limburg"), or null when unknown.</summary>
    string? NameOf(PlaceRef place);
}
