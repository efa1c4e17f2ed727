using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NJsonSchema;
using SocialeKaart.Modules.Contracts;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Contracts.Geography;
using SocialeKaart.Modules.Workspace.Exports;

namespace SocialeKaart.UnitTests.Workspace;

/// <summary>The two export formats: a CSV a Belgian Excel opens, and HSDS 3.0 that validates against the official schema.</summary>
public sealed class ExportFormatTests
{
    private static Fiche Sample(string name, string? operation = "Onthaal en begeleiding.", string? box = null) => new()
    {
        Id = Guid.NewGuid(),
        Identity = new FicheIdentity(name, "CAW", [], null, "0123.456.749"),
        Locations = [new Location(Guid.NewGuid(), null, new Address("Kortrijksesteenweg", "83", box, "9000", "Gent", "44021", "Gent"), new GeoPoint(51.04, 3.71), null, null)],
        Contact = new ContactDetails([new Phone(null, "09 265 04 00"), new Phone("Crisis", "0800 12 345")], [new Email(null, "info@caw.example")], "https://caw.example", []),
        Content = new FicheContent(operation, null, new TargetGroup([], null), null, null, []),
        VerifiedAt = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void the_csv_has_a_byte_order_mark_semicolons_and_no_formulas()
    {
        var bytes = CsvExport.Write([Sample("CAW Oost-Vlaanderen; onthaal"), Sample("=HYPERLINK(\"http://kwaad.example\")")], "https://www.desocialekaart.be");
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Naam;Straat;Nummer;Bus;Postcode;Gemeente;Telefoon", lines[0]);
        Assert.StartsWith("\"CAW Oost-Vlaanderen; onthaal\";Kortrijksesteenweg;83;;9000;Gent;09 265 04 00, 0800 12 345;info@caw.example", lines[1]);
        Assert.DoesNotContain(lines[2].Split(';'), cell => cell.StartsWith('=') || cell.StartsWith("\"="));
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task every_exported_organization_is_valid_hsds_3()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Workspace", "hsds-3.0", "organization.json"));
        var geography = new ServiceCollection().AddGeographyForTests();
        var json = Encoding.UTF8.GetString(HsdsExport.Write([Sample("CAW Oost-Vlaanderen"), Sample("Zonder werking", operation: null, box: "2")], "https://www.desocialekaart.be", geography));
        var page = System.Text.Json.JsonDocument.Parse(json).RootElement;
        Assert.Equal(2, page.GetProperty("total_items").GetInt32());
        foreach (var organization in page.GetProperty("contents").EnumerateArray())
        {
            var errors = schema.Validate(organization.GetRawText());
            Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
        }
        var first = page.GetProperty("contents")[0];
        Assert.Equal("Oost-Vlaanderen", first.GetProperty("locations")[0].GetProperty("addresses")[0].GetProperty("state_province").GetString());
        Assert.Equal("BE", first.GetProperty("locations")[0].GetProperty("addresses")[0].GetProperty("country").GetString());
        Assert.Equal("Crisis", first.GetProperty("phones")[1].GetProperty("description").GetString());
    }

    [Fact]
    public void derived_ids_are_stable_uuids_of_their_parent_and_place() =>
        Assert.Equal(DerivedIds.Of(Guid.Empty, "phone", 1), DerivedIds.Of(Guid.Empty, "phone", 1));
}

internal static class GeographyForTests
{
    public static IGeography AddGeographyForTests(this IServiceCollection services) =>
        SocialeKaart.Modules.Geography.GeographyModule.AddGeographyModule(services).BuildServiceProvider().GetRequiredService<IGeography>();
}
