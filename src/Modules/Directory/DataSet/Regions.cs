namespace SocialeKaart.Modules.Directory.DataSet;

/// <summary>
/// Where the regional mother organisations work, by arrondissement: the 11 CAW's as they are divided today, and the
/// CGG's whose name says their region. A branch gets a mother whose region holds its municipality; a mother sits in
/// its region. Mothers not listed (ziekenfondsen) work everywhere.
/// </summary>
public static class Regions
{
    private static readonly Dictionary<string, string[]> Arrondissements = new(StringComparer.Ordinal)
    {
        ["CAW Antwerpen"] = ["11000"],
        ["CAW Boom Mechelen Lier"] = ["12000"],
        ["CAW De Kempen"] = ["13000"],
        ["CAW Oost-Brabant"] = ["24000"],
        ["CAW Halle-Vilvoorde"] = ["23000"],
        ["CAW Centraal-West-Vlaanderen"] = ["36000", "37000", "33000"],
        ["CAW Noord-West-Vlaanderen"] = ["31000", "35000", "32000", "38000"],
        ["CAW Zuid-West-Vlaanderen"] = ["34000"],
        ["CAW Oost-Vlaanderen"] = ["41000", "42000", "43000", "44000", "45000", "46000"],
        ["CAW Limburg"] = ["71000", "72000", "73000"],
        ["CAW Brussel"] = ["21000"],
        ["CGG Kempen"] = ["13000"],
        ["CGG De Kempen"] = ["13000"],
        ["CGG VBO"] = ["24000"],
        ["CGG Oost-Brabant"] = ["24000"],
        ["CGG Vlaams-Brabant Oost"] = ["24000"],
        ["CGG Waas en Dender"] = ["46000", "42000", "41000"],
        ["CGG LITP"] = ["71000", "72000", "73000"],
        ["CGG Brussel"] = ["21000"],
        ["CGG Noord-West-Vlaanderen"] = ["31000", "35000", "32000", "38000"],
        ["CGG Zuid-West-Vlaanderen"] = ["34000", "33000"],
        ["CGG Zuid-Oost-Vlaanderen"] = ["41000", "45000"],
        ["CGG Eclips"] = ["44000", "43000"],
        ["CGG Mandel en Leie"] = ["36000", "37000"],
    };

    public static bool Serves(string mother, MunicipalityInfo municipality, IGeography geography) =>
        !Arrondissements.TryGetValue(mother, out var codes)
        || codes.Any(c => geography.MunicipalitiesCovered(new PlaceRef(PlaceKind.Arrondissement, c)).Contains(municipality.NisCode));

    /// <summary>The index of a mother that works where the branch is; any mother when none of them is regional there.</summary>
    public static int MotherFor(Profile profile, string[] mothers, MunicipalityInfo municipality, IGeography geography, Random random)
    {
        var serving = mothers.Select((m, i) => (m, i)).Where(x => Arrondissements.ContainsKey(x.m) && Serves(x.m, municipality, geography)).ToList();
        if (serving.Count > 0) return serving[random.Next(serving.Count)].i;
        var general = mothers.Select((m, i) => (m, i)).Where(x => !Arrondissements.ContainsKey(x.m)).ToList();
        return general.Count > 0 ? general[random.Next(general.Count)].i : random.Next(mothers.Length);
    }

    /// <summary>A municipality in the mother's region to seat it; null for a mother that works everywhere.</summary>
    public static MunicipalityInfo? SeatOf(string mother, IGeography geography) =>
        Arrondissements.TryGetValue(mother, out var codes)
            ? geography.Municipality(geography.MunicipalitiesCovered(new PlaceRef(PlaceKind.Arrondissement, codes[0])).Order(StringComparer.Ordinal).First())
            : null;
}
