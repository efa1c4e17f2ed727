using CsvHelper;

namespace SocialeKaart.Modules.Directory.DataSet.Registers;

/// <summary>
/// The 300 OCMW's (Sociale Huizen) of Flanders and 129 OCMW associations from the Agentschap Binnenlands Bestuur's
/// Organisatieportaal (shared/data/organisations/ocmw, SOURCE.txt there). Keyed by the portal's URI: a KBO number is
/// shared by two records in the source. Placed on the map at their postcode, as the register has no coordinates.
/// </summary>
public static class OcmwRegister
{
    public const string File = "organisations/ocmw/ocmw_and_ocmw_associations.csv";
    public const string Register = "Agentschap Binnenlands Bestuur – Organisatieportaal";

    private sealed record Kind(string Key, string Rubriek, string Operation, string Tasks, string[] Tags, string[] Trefwoorden);

    private static readonly Dictionary<string, Kind> Kinds = new(StringComparer.Ordinal)
    {
        ["OCMW"] = new("ocmw", "01.02.01",
            "Het Sociaal Huis (OCMW) helpt inwoners met vragen over inkomen, huisvesting, zorg en welzijn.",
            "Leefloon, budgetbegeleiding, sociale tarieven, thuiszorg.", ["iedereen", "mensen-in-armoede"], ["OCMW", "leefloon", "schulden", "budgetbeheer"]),
        ["Welzijnsvereniging"] = new("welzijnsvereniging", "01.07.01",
            "Welzijnsvereniging van lokale besturen: zorg en welzijn voor de inwoners van de deelnemende gemeenten.",
            "Thuiszorg, woonzorg, kinderopvang en sociale dienstverlening in opdracht van de gemeenten.", ["iedereen"], ["thuiszorg"]),
        ["Vereniging of vennootschap voor sociale dienstverlening"] = new("sociale-dienstverlening", "01.07.01",
            "Vereniging voor sociale dienstverlening van lokale besturen.", "Sociale dienstverlening in opdracht van de deelnemende besturen.",
            ["iedereen"], []),
        ["Autonome verzorgingsinstelling"] = new("verzorgingsinstelling", "02.06.01",
            "Autonome verzorgingsinstelling van het OCMW: ziekenhuis- of woonzorg.", "Ziekenhuiszorg, woonzorg.", ["iedereen"], ["ziekenhuis"]),
        ["Ziekenhuisvereniging"] = new("ziekenhuisvereniging", "02.06.01",
            "Ziekenhuisvereniging van lokale besturen.", "Ziekenhuiszorg.", ["iedereen"], ["ziekenhuis"]),
        ["Woonzorgvereniging of woonzorgvennootschap"] = new("woonzorgvereniging", "14.04.01",
            "Woonzorgvereniging van lokale besturen: woonzorgcentra, assistentiewoningen en thuiszorg voor ouderen.",
            "Woonzorgcentra, assistentiewoningen, dagverzorging.", ["ouderen"], ["woonzorgcentrum"]),
    };

    public static IReadOnlyList<RegisterRecord> Read(string sharedData, IGeography geography)
    {
        using var stream = System.IO.File.OpenRead(Path.Combine(sharedData, File));
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',' });
        var records = new List<RegisterRecord>();
        var attribution = Register + " (Vlaamse overheid)";
        while (csv.Read())
        {
            var kind = Kinds.GetValueOrDefault(csv.GetString("classification"));
            var postcode = csv.GetString("postcode").Trim();
            var nis = csv.GetString("municipality_nis_2025").Trim();
            if (kind is null || geography.MunicipalityOfPostcode(postcode) is not { } municipality) continue;
            var name = csv.GetString("name").Trim();
            var ocmw = kind.Key == "ocmw";
            var place = name.StartsWith("OCMW ", StringComparison.Ordinal) ? name[5..] : municipality.Name;
            records.Add(new RegisterRecord(
                new FicheSource(Register, csv.GetString("op_uri").Trim(), attribution, "Modellicentie Gratis Hergebruik (te bevestigen)"),
                kind.Key, name, ocmw ? "OCMW" : null, ocmw ? [$"Sociaal Huis {place}"] : [],
                csv.GetString("street").Trim(), Blank(csv.GetString("housenumber")) ?? "z/n", Blank(csv.GetString("box")), postcode,
                Locality(geography, postcode, csv.GetString("municipality_name_in_source")), null,
                Blank(csv.GetString("phone")), Blank(csv.GetString("email")), Blank(csv.GetString("website")),
                kind.Rubriek, kind.Trefwoorden, kind.Operation, kind.Tasks, kind.Tags,
                ocmw ? "Vrij binnenlopen tijdens de openingsuren of een afspraak maken." : null, ocmw ? "Gratis." : null,
                null, null, [geography.Municipality(nis) is not null ? nis : municipality.NisCode],
                csv.GetString("status").Trim() == "Actief", Kbo(csv.GetString("kbo_number"))));
        }
        return records;
    }

    /// <summary>The register's locality when the postcode knows it, else the postcode's first locality.</summary>
    public static string Locality(IGeography geography, string postcode, string? name)
    {
        var localities = geography.LocalitiesOfPostcode(postcode);
        return localities.FirstOrDefault(l => string.Equals(l, name?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? localities.FirstOrDefault() ?? name?.Trim() ?? "";
    }

    private static string? Kbo(string value)
    {
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 10 && KboNumber.TryNormalize(digits, out var kbo) ? kbo : null;
    }

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
