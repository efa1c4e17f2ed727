using System.Globalization;
using CsvHelper;

namespace SocialeKaart.Modules.Workspace.Exports;

/// <summary>
/// The CSV a Belgian Excel opens correctly: UTF-8 with a byte-order mark, semicolons, Dutch headers. Cells that a
/// spreadsheet would run as a formula (=, +, -, @ at the start) are escaped by CsvHelper's injection protection (OWASP).
/// </summary>
public static class CsvExport
{
    private static readonly string[] Header =
        ["Naam", "Straat", "Nummer", "Bus", "Postcode", "Gemeente", "Telefoon", "E-mail", "Website", "Werking", "Laatst nagekeken", "Link"];

    public static byte[] Write(IEnumerable<Fiche> fiches, string siteUrl)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, Injection = CsvInjection.Escape }, true))
        {
            csv.WriteRecord(Header);
            foreach (var f in fiches)
            {
                var address = f.Locations.FirstOrDefault()?.Address;
                string?[] row =
                [
                    f.Name, address?.Street, address?.Number, address?.Box, address?.Postcode, address?.Locality,
                    string.Join(", ", f.Contact.Phones.Select(p => p.Number)), string.Join(", ", f.Contact.Emails.Select(e => e.Address)),
                    f.Contact.Website, f.Content.GeneralOperation, f.VerifiedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    $"{siteUrl}/organisatie/{f.Id}/fiche",
                ];
                csv.WriteRecord(row.Select(cell => cell ?? "").ToArray());
            }
        }
        return stream.ToArray();
    }
}
