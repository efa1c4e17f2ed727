using System.Globalization;
using CsvHelper;

namespace SocialeKaart.Modules.Directory.DataSet.Registers;

/// <summary>
/// Pharmacies in Flanders and Brussels from OpenStreetMap (shared/data/organisations/osm_pharmacies, ODbL 1.0): a
/// separate, labelled layer whose fiches carry "© OpenStreetMap contributors" wherever they are shown. The export
/// has no OSM ids, so a pharmacy is keyed by its mapped point; one that OSM moves is a new record there too. A
/// pharmacy needs a street and a telephone number to become a fiche (our registration rules); the rest are counted.
/// </summary>
public static class PharmacyRegister
{
    public const string File = "organisations/osm_pharmacies/pharmacies_osm_vl_bru_2026-07.csv";
    public const string Register = "OpenStreetMap";
    public static readonly string[] Trefwoorden = [];

    public sealed record Outcome(IReadOnlyList<RegisterRecord> Records, int WithoutAddress, int WithoutPhone, int HoursRead, int HoursUnreadable);

    public static Outcome Read(string sharedData, IGeography geography)
    {
        using var stream = System.IO.File.OpenRead(Path.Combine(sharedData, File));
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',' });
        var records = new List<RegisterRecord>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int noAddress = 0, noPhone = 0, hours = 0, unreadable = 0;
        while (csv.Read())
        {
            var street = OcmwRegister.Blank(csv.GetString("street"));
            var nis = csv.GetString("municipality_nis_2025").Trim();
            var lat = double.Parse(csv.GetString("lat"), CultureInfo.InvariantCulture);
            var lon = double.Parse(csv.GetString("lon"), CultureInfo.InvariantCulture);
            var municipality = geography.Municipality(nis);
            var postcode = OcmwRegister.Blank(csv.GetString("postcode")) is { } given && geography.MunicipalityOfPostcode(given)?.NisCode == nis
                ? given : NearestPostcode(geography, nis, lat, lon);
            if (street is null || municipality is null || postcode is null) { noAddress++; continue; }
            var phone = OcmwRegister.Blank(csv.GetString("phone"))?.Split(';')[0].Trim();
            if (phone is null) { noPhone++; continue; }
            var raw = OcmwRegister.Blank(csv.GetString("opening_hours_osm"));
            var slots = OsmOpeningHours.Parse(raw);
            if (raw is not null) { if (slots is null) unreadable++; else hours++; }
            var mapped = OcmwRegister.Blank(csv.GetString("name_nl")) ?? OcmwRegister.Blank(csv.GetString("name"));
            var name = UniqueName(names, mapped, street, municipality.Name);
            var key = string.Create(CultureInfo.InvariantCulture, $"{lat:F7},{lon:F7}");
            records.Add(new RegisterRecord(
                new FicheSource(Register, key, "© OpenStreetMap contributors", "ODbL-1.0"),
                "apotheek", name, null, mapped is not null && mapped != name ? [mapped] : [],
                street, OcmwRegister.Blank(csv.GetString("housenumber")) ?? "z/n", null, postcode,
                OcmwRegister.Locality(geography, postcode, csv.GetString("city")), new GeoPoint(lat, lon),
                phone, OcmwRegister.Blank(csv.GetString("email"))?.Split(';')[0], OcmwRegister.Blank(csv.GetString("website"))?.Split(';')[0],
                "02.02", Trefwoorden, "Apotheek voor geneesmiddelen en farmaceutisch advies.", "Geneesmiddelen, huisapotheker, wachtdienst.",
                ["iedereen"], null, null, slots, slots is null ? null : "Openingsuren volgens OpenStreetMap; wachtdienst via 0903 99 000 of apotheek.be.",
                [nis], true, null));
        }
        return new Outcome(records, noAddress, noPhone, hours, unreadable);
    }

    /// <summary>The mapped name (with "Apotheek" when it does not say so), then the municipality and street when two would share one.</summary>
    private static string UniqueName(HashSet<string> taken, string? mapped, string street, string municipality)
    {
        var basis = mapped is null ? $"Apotheek {street}"
            : mapped.Contains("apothe", StringComparison.OrdinalIgnoreCase) || mapped.Contains("pharma", StringComparison.OrdinalIgnoreCase) ? mapped
            : $"Apotheek {mapped}";
        foreach (var candidate in new[] { basis, $"{basis} {municipality}", $"{basis} {municipality} – {street}" })
            if (taken.Add(candidate)) return candidate;
        for (var i = 2; ; i++)
            if (taken.Add($"{basis} {municipality} – {street} ({i})")) return $"{basis} {municipality} – {street} ({i})";
    }

    private static string? NearestPostcode(IGeography geography, string nis, double lat, double lon) =>
        geography.PostcodesOf(nis).Select(p => (p, point: geography.PointOfPostcode(p)))
            .Where(x => x.point is not null)
            .OrderBy(x => Math.Pow(x.point!.Lat - lat, 2) + Math.Pow((x.point.Lon - lon) * 0.63, 2))
            .Select(x => x.p).FirstOrDefault();
}
