using SocialeKaart.Modules.Contracts.Geography;

namespace SocialeKaart.Modules.Geography.Places;

/// <summary>
/// One area a person can name: its reference, the name people use, a label that tells homonyms apart,
/// the municipalities (NIS codes) it covers, and a point to centre a map on.
/// </summary>
public sealed record Place(PlaceRef Ref, string Name, string Label, IReadOnlyList<string> NisCodes, GeoPoint? Point)
{
    /// <summary>Normalised names this place answers to: its name plus aliases ("provincie limburg", French names).</summary>
    public IReadOnlyList<string> Keys { get; init; } = [PlaceNames.Normalize(Name)];

    /// <summary>
    /// How prominent the place is among places of its kind, for ordering suggestions. For municipalities the
    /// number of postcodes they have: the data set has no population, and big towns have many postcodes.
    /// </summary>
    public int Weight { get; init; }

    /// <summary>Which kind comes first when several places share a name ("Antwerpen": the city before the province).</summary>
    public int Rank => Ref.Kind switch
    {
        PlaceKind.Municipality => 0,
        PlaceKind.FormerMunicipality => 1,
        PlaceKind.Deelgemeente => 2,
        PlaceKind.Postcode => 3,
        PlaceKind.Province => 4,
        PlaceKind.Region => 5,
        PlaceKind.ReferenceRegion => 6,
        PlaceKind.Eerstelijnszone => 7,
        PlaceKind.Arrondissement => 8,
        _ => 9,
    };
}
