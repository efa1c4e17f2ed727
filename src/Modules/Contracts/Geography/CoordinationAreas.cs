namespace SocialeKaart.Modules.Contracts.Geography;

/// <summary>
/// The areas the Sociale Kaart's coordinators work per: the five Flemish provinces, and the Brussels-Capital Region,
/// which has no province. Codes as in the reference geography (province NIS codes; region 4000).
/// </summary>
public static class CoordinationAreas
{
    public const string BrusselsRegion = "4000";

    public static IReadOnlyList<(string Code, string Name)> All(this IGeography geography) =>
        [.. geography.AreasOf(PlaceKind.Province), (BrusselsRegion, geography.NameOf(new PlaceRef(PlaceKind.Region, BrusselsRegion)) ?? "Brussels Hoofdstedelijk Gewest")];

    /// <summary>The area a municipality belongs to, or "" for a code the geography does not know.</summary>
    public static string AreaOf(this IGeography geography, string municipalityNis) =>
        geography.Municipality(municipalityNis) is { } m ? m.ProvinceCode ?? BrusselsRegion : "";

    public static string NameOfArea(this IGeography geography, string code) =>
        geography.All().FirstOrDefault(a => a.Code == code).Name ?? "onbekend";
}
