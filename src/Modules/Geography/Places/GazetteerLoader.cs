using System.Globalization;
using CsvHelper;
using SocialeKaart.Modules.Contracts.Geography;

namespace SocialeKaart.Modules.Geography.Places;

/// <summary>Builds every place from the embedded reference files (Data/README.md gives sources and licences).</summary>
public static partial class GazetteerLoader
{
    public static Gazetteer LoadEmbedded()
    {
        var municipalities = Read("municipalities").Select(r => new MunicipalityRow(
            r["nis_code"], r["name_nl"], NullIfEmpty(r["name_fr"]), r["region_code"], NullIfEmpty(r["province_code"]),
            NullIfEmpty(r["province_nl"]), r["arrondissement_code"], r["arrondissement_nl"], r["elz_code"], r["elz_name"],
            NullIfEmpty(r["refreg_code"]), new GeoPoint(Double(r["lat"]), Double(r["lon"])))).ToList();
        var byNis = municipalities.ToDictionary(m => m.Nis);
        var places = new List<Place>();

        places.Add(Region("2000", "Vlaams Gewest", municipalities, "vlaanderen"));
        places.Add(Region("4000", "Brussels Hoofdstedelijk Gewest", municipalities, "brussels gewest"));

        foreach (var p in Read("provincies"))
        {
            var nis = municipalities.Where(m => m.ProvinceCode == p["province_code"]).Select(m => m.Nis).ToList();
            places.Add(new Place(new PlaceRef(PlaceKind.Province, p["province_code"]), p["name_nl"], $"Provincie {p["name_nl"]}", nis, null)
            { Keys = [PlaceNames.Normalize(p["name_nl"]), PlaceNames.Normalize($"provincie {p["name_nl"]}")] });
        }
        foreach (var a in Read("arrondissementen"))
        {
            var nis = municipalities.Where(m => m.ArrondissementCode == a["arrondissement_code"]).Select(m => m.Nis).ToList();
            places.Add(new Place(new PlaceRef(PlaceKind.Arrondissement, a["arrondissement_code"]), a["name_nl"],
                $"Arrondissement {a["name_nl"]}", nis, null) { Keys = [PlaceNames.Normalize($"arrondissement {a["name_nl"]}")] });
        }
        foreach (var r in Read("referentieregios"))
            places.Add(new Place(new PlaceRef(PlaceKind.ReferenceRegion, r["refreg_code"]), r["name_nl"],
                $"Referentieregio {r["name_nl"]}", r["municipality_nis_codes"].Split(';'), null)
            { Keys = [PlaceNames.Normalize(r["name_nl"]), PlaceNames.Normalize($"referentieregio {r["name_nl"]}")] });
        foreach (var e in Read("eerstelijnszones"))
            places.Add(new Place(new PlaceRef(PlaceKind.Eerstelijnszone, e["elz_code"]), e["name"],
                $"Eerstelijnszone {e["name"]}", e["municipality_nis_codes"].Split(';'), new GeoPoint(Double(e["lat"]), Double(e["lon"])))
            { Keys = [PlaceNames.Normalize(e["name"]), PlaceNames.Normalize($"eerstelijnszone {e["name"]}"), PlaceNames.Normalize($"elz {e["name"]}")] });

        var postcodes = Read("postcodes_vl_bru").ToList();
        var postcodeCount = postcodes.GroupBy(p => p["municipality_nis"]).ToDictionary(g => g.Key, g => g.Select(p => p["postcode"]).Distinct().Count());
        foreach (var m in municipalities)
            places.Add(new Place(new PlaceRef(PlaceKind.Municipality, m.Nis), m.Name, m.Name, [m.Nis], m.Point)
            {
                Weight = postcodeCount.GetValueOrDefault(m.Nis),
                Keys = m.NameFr is null ? [PlaceNames.Normalize(m.Name)] : [PlaceNames.Normalize(m.Name), PlaceNames.Normalize(m.NameFr)],
            });

        var currentNames = municipalities.Select(m => PlaceNames.Normalize(m.Name)).ToHashSet();
        foreach (var f in Read("municipality_mergers_2025").Where(f => f["changed"] == "1"))
        {
            if (currentNames.Contains(PlaceNames.Normalize(f["name_nl_2024"]))) continue;
            var target = byNis[f["nis_code_2025"]];
            places.Add(new Place(new PlaceRef(PlaceKind.FormerMunicipality, f["nis_code_2024"]), f["name_nl_2024"],
                $"{f["name_nl_2024"]} (nu {target.Name})", [target.Nis], target.Point));
        }

        foreach (var d in Read("deelgemeenten_classic_2024"))
        {
            var municipality = byNis[d["municipality_nis"]];
            // A deelgemeente named like its own municipality adds nothing but a duplicate suggestion.
            if (PlaceNames.Normalize(d["name_nl"]) == PlaceNames.Normalize(municipality.Name)) continue;
            // Homonyms come qualified in the source ("Berchem (Antwerpen)"); people type "Berchem": the bare name is the
            // name and a key, the one in the bigger municipality answers first, and the label tells them apart.
            var name = Qualifier().Replace(d["name_nl"], "");
            places.Add(new Place(new PlaceRef(PlaceKind.Deelgemeente, d["deelgemeente_code"]), name,
                $"{name} ({municipality.Name})", [municipality.Nis], new GeoPoint(Double(d["lat"]), Double(d["lon"])))
            {
                Keys = name == d["name_nl"] ? [PlaceNames.Normalize(name)] : [PlaceNames.Normalize(name), PlaceNames.Normalize(d["name_nl"])],
                Weight = postcodeCount.GetValueOrDefault(municipality.Nis),
            });
        }

        foreach (var group in postcodes.GroupBy(p => p["postcode"]))
        {
            var municipality = byNis[group.First()["municipality_nis"]];
            var localities = group.Select(p => p["place_name_nl"]).Distinct().ToList();
            var main = group.FirstOrDefault(p => p["is_main_place"] == "1") ?? group.First();
            places.Add(new Place(new PlaceRef(PlaceKind.Postcode, group.Key), group.Key,
                $"{group.Key} {municipality.Name} ({string.Join(", ", localities)})", [municipality.Nis],
                new GeoPoint(Double(main["lat"]), Double(main["lon"]))) { Keys = [group.Key] });
        }

        var municipalityInfo = municipalities.ToDictionary(m => m.Nis, m => new MunicipalityInfo(m.Nis, m.Name, m.ProvinceCode, m.ProvinceName, m.Point, m.ElzCode, m.RefregCode));
        var postcodeLocalities = postcodes.GroupBy(p => p["postcode"]).ToDictionary(
            g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p["place_name_nl"]).Append(byNis[g.First()["municipality_nis"]].Name).Distinct().ToList());
        return new Gazetteer(places, municipalityInfo, postcodeLocalities);
    }

    private static Place Region(string code, string name, List<MunicipalityRow> municipalities, string alias) =>
        new(new PlaceRef(PlaceKind.Region, code), name, name,
            municipalities.Where(m => m.RegionCode == code).Select(m => m.Nis).ToList(), null)
        { Keys = [PlaceNames.Normalize(name), alias] };

    private static IEnumerable<Dictionary<string, string>> Read(string name)
    {
        using var stream = typeof(GazetteerLoader).Assembly.GetManifestResourceStream($"Geography.{name}.csv")
            ?? throw new InvalidOperationException($"Embedded reference file {name}.csv is missing.");
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',' });
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(csv.Headers.ToDictionary(h => h, h => csv.GetString(h)));
        return rows;
    }

    private static double Double(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private sealed record MunicipalityRow(
        string Nis, string Name, string? NameFr, string RegionCode, string? ProvinceCode, string? ProvinceName,
        string ArrondissementCode, string ArrondissementName, string ElzCode, string ElzName, string? RefregCode, GeoPoint Point);

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\([^)]*\)$")]
    private static partial System.Text.RegularExpressions.Regex Qualifier();
}
