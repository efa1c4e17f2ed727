using System.Text.Json;
using System.Text.Json.Nodes;
using SocialeKaart.Modules.Contracts.Geography;

namespace SocialeKaart.Modules.Workspace.Exports;

/// <summary>
/// Open Referral HSDS 3.0: one page envelope (total_items ... contents) of organization objects with their phones,
/// locations and addresses, as the compiled organization schema describes (tests validate against it).
/// </summary>
public static class HsdsExport
{
    public static byte[] Write(IReadOnlyList<Fiche> fiches, string siteUrl, IGeography geography)
    {
        var contents = new JsonArray(fiches.Select(f => (JsonNode)Organization(f, siteUrl, geography)).ToArray());
        var page = new JsonObject
        {
            ["total_items"] = fiches.Count, ["total_pages"] = 1, ["page_number"] = 1, ["size"] = fiches.Count,
            ["first_page"] = true, ["last_page"] = true, ["empty"] = fiches.Count == 0, ["contents"] = contents,
        };
        return JsonSerializer.SerializeToUtf8Bytes(page, new JsonSerializerOptions { WriteIndented = true });
    }

    // HSDS has no nulls for absent values: a property is left out instead.
    private static JsonObject Phone(Guid id, Phone phone)
    {
        var node = new JsonObject { ["id"] = id.ToString(), ["number"] = phone.Number };
        if (phone.Label is { } label) node["description"] = label;
        return node;
    }

    private static JsonObject Organization(Fiche f, string siteUrl, IGeography geography)
    {
        var organization = new JsonObject
        {
            ["id"] = f.Id.ToString(),
            ["name"] = f.Name,
            ["description"] = f.Content.GeneralOperation ?? f.Name,
            ["uri"] = $"{siteUrl}/organisatie/{f.Id}/fiche",
            ["phones"] = new JsonArray(f.Contact.Phones.Select((p, i) => (JsonNode)Phone(DerivedIds.Of(f.Id, "phone", i), p)).ToArray()),
            ["locations"] = new JsonArray(f.Locations.Select(l => (JsonNode)new JsonObject
            {
                ["id"] = l.Id.ToString(),
                ["location_type"] = "physical",
                ["name"] = l.Name ?? f.Name,
                ["latitude"] = l.Point.Lat,
                ["longitude"] = l.Point.Lon,
                ["addresses"] = new JsonArray(new JsonObject
                {
                    ["id"] = DerivedIds.Of(l.Id, "address", 0).ToString(),
                    ["location_id"] = l.Id.ToString(),
                    ["address_1"] = l.Address.StreetLine(),
                    ["city"] = l.Address.Locality,
                    ["state_province"] = geography.Municipality(l.Address.MunicipalityNis)?.ProvinceName ?? "Brussels Hoofdstedelijk Gewest",
                    ["postal_code"] = l.Address.Postcode,
                    ["country"] = "BE",
                    ["address_type"] = "physical",
                }),
            }).ToArray()),
        };
        if (f.Identity.ShortName is { } shortName) organization["alternate_name"] = shortName;
        if (f.Contact.Emails.FirstOrDefault() is { } email) organization["email"] = email.Address;
        if (f.Contact.Website is { } website) organization["website"] = website;
        if (f.Identity.EnterpriseNumber is { } kbo)
            organization["organization_identifiers"] = new JsonArray(new JsonObject
            {
                ["id"] = DerivedIds.Of(f.Id, "kbo", 0).ToString(), ["identifier_scheme"] = "BE-BCE_KBO", ["identifier_type"] = "Ondernemingsnummer", ["identifier"] = kbo,
            });
        return organization;
    }
}
