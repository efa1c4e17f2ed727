using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using SocialeKaart.Modules.Directory.Fiches;

namespace SocialeKaart.Modules.Directory.DataSet.Registers;

/// <summary>
/// The 175 real hospital sites of Flanders and Brussels (Eurostat GISCO, reference date 2020; shared/data/care_organisations),
/// as real records: one fiche per site, keyed by its GISCO id, under a mother fiche for hospitals with several sites.
/// </summary>
public static partial class HospitalSites
{
    public sealed record Site(string Id, string Hospital, string? SiteName, string Street, string Postcode, string City, string Nis,
        double Lat, double Lon, int Beds, bool Emergency, string Type, string? Phone, string? Url);

    public const string File = "care_organisations/hospitals_vl_bru.csv";
    public static readonly FicheSource Source = new("Eurostat GISCO", "", "© European Union, Eurostat/GISCO", "EUPL-1.2");

    public static IReadOnlyList<Site> Load(string sharedData)
    {
        using var stream = System.IO.File.OpenRead(Path.Combine(sharedData, File));
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',' });
        var sites = new List<Site>();
        while (csv.Read())
            sites.Add(new Site(csv.GetString("id"), Title(csv.GetString("hospital_name")), Blank(Title(csv.GetString("site_name"))),
                Title(csv.GetString("street")), csv.GetString("postcode"), csv.GetString("city"), csv.GetString("municipality_nis"),
                double.Parse(csv.GetString("lat"), CultureInfo.InvariantCulture), double.Parse(csv.GetString("lon"), CultureInfo.InvariantCulture),
                int.TryParse(csv.GetString("beds"), out var beds) ? beds : 0, csv.GetString("emergency") == "yes",
                csv.GetString("facility_type"), Blank(csv.GetString("tel")), Blank(csv.GetString("url"))));
        return sites;
    }

    /// <summary>How many fiches the hospitals make: every site, plus a mother fiche per multi-site hospital.</summary>
    public static int Count(IReadOnlyList<Site> sites) => sites.Count + sites.GroupBy(s => s.Hospital).Count(g => g.Count() > 1);

    public static IEnumerable<GeneratedFiche> ToFiches(IReadOnlyList<Site> sites, IGeography geography, Func<int> nextIndex)
    {
        foreach (var hospital in sites.GroupBy(s => s.Hospital))
        {
            var phone = hospital.Select(s => s.Phone).FirstOrDefault(p => p is not null);
            Guid? mother = null;
            if (hospital.Count() > 1)
            {
                var main = hospital.First();
                var index = nextIndex();
                var key = "hospital:" + hospital.Key;
                mother = RegisterRecord.IdFor(Source.Register, key);
                yield return Fiche(mother.Value, key, index, main, hospital.Key, null, geography, phone);
            }
            foreach (var site in hospital)
            {
                var index = nextIndex();
                var name = site.SiteName is null || hospital.Count() == 1 ? site.Hospital : $"{site.Hospital} – campus {site.SiteName}";
                yield return Fiche(RegisterRecord.IdFor(Source.Register, site.Id), site.Id, index, site, name, mother, geography, phone);
            }
        }
    }

    private static GeneratedFiche Fiche(Guid id, string key, int index, Site site, string name, Guid? parent, IGeography geography, string? hospitalPhone)
    {
        var (street, number) = SplitNumber(site.Street);
        var localities = geography.LocalitiesOfPostcode(site.Postcode);
        var locality = localities.FirstOrDefault(l => string.Equals(l, site.City, StringComparison.OrdinalIgnoreCase)) ?? geography.Municipality(site.Nis)!.Name;
        var psychiatric = site.Type.Contains("sychiatrisch", StringComparison.Ordinal);
        var rubriek = psychiatric ? "03.02" : site.Type.Contains("niversit", StringComparison.Ordinal) ? "02.06.02" : "02.06.01";
        // Four sites have no number of their own in the source; they are reached through their hospital's number.
        var phone = site.Phone ?? hospitalPhone ?? "";
        // Some sites list several addresses ("www.a.be; www.b.be"): the first is the website, the others links.
        var urls = (site.Url ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => $"https://{u}").ToList();
        var at = FicheGenerator.BaseTime.AddSeconds(index);
        var operation = psychiatric
            ? "Psychiatrisch ziekenhuis met opname, dagbehandeling en gespecialiseerde programma's."
            : $"Ziekenhuis met {site.Beds} bedden{(site.Emergency ? " en een erkende spoedgevallendienst" : "")}.";
        return new GeneratedFiche(id, index, "hospital", parent, at,
            new RegisterOrganisation(name, new AddressInput(street, number, null, site.Postcode, locality), phone, new GeoPoint(site.Lat, site.Lon)),
            new FicheIdentity(name, null, [], null, null),
            new ContactDetails([new Phone("Algemeen nummer", phone)], [], urls.FirstOrDefault(), urls.Skip(1).Select(u => new Link(null, u)).ToList()),
            new FicheContent(operation, psychiatric ? "Opname, dagtherapie, ambulante opvolging." : "Raadplegingen, opname, dagziekenhuis" + (site.Emergency ? ", spoedgevallen." : "."),
                new TargetGroup(["iedereen"], null), "Via de huisarts of rechtstreeks; bij nood via de spoedgevallendienst.", null, ["nl", "fr", "en"]),
            site.Emergency
                ? [new Schedule(ScheduleKind.OpeningHours, null, Enum.GetValues<DayOfWeek>().Select(d => new WeeklySlot(d, TimeOnly.MinValue, new TimeOnly(23, 59), false)).ToList(), [], false, "Spoedgevallen dag en nacht.")]
                : [],
            [new Recognition("Departement Zorg", psychiatric ? "Erkenning psychiatrisch ziekenhuis" : "Erkenning algemeen ziekenhuis", site.Id, null, null)],
            [], [], null,
            new WorkingAreaInput([new AreaInput(AreaKind.EstablishedIn, PlaceKind.Municipality, site.Nis)]),
            [rubriek], psychiatric ? ["ziekenhuis", "psychische problemen"] : site.Emergency ? ["ziekenhuis", "spoedgevallen"] : ["ziekenhuis"],
            FicheStatus.Active, null, null, Source with { Key = key });
    }

    private static (string Street, string Number) SplitNumber(string street)
    {
        var match = TrailingNumber().Match(street);
        return match.Success ? (match.Groups[1].Value.Trim(), match.Groups[2].Value) : (street, "z/n");
    }

    private static string Title(string text) =>
        CultureInfo.GetCultureInfo("nl-BE").TextInfo.ToTitleCase(text.Trim().Trim('"').Replace("\"\"", "\"").ToLowerInvariant());

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^(.*?)[\s,]+([0-9]+[A-Za-z]?(?:[-/][0-9]+[A-Za-z]?)?)$")]
    private static partial Regex TrailingNumber();
}
