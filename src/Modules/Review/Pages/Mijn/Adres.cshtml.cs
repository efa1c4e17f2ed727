using Microsoft.AspNetCore.Mvc;
using SocialeKaart.Modules.Review.Changes;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>
/// The owner's addresses: every location with its name, street, number, box, postcode and municipality (checked against
/// the reference geography: the postcode must exist and the municipality belong to it), and how accessible it is. A new
/// row adds a location; a tick removes one. A changed address is placed on the map at its postcode until the editors
/// place it exactly.
/// </summary>
public sealed class AdresModel(ChangeRequestService changes) : DraftSectionModel(changes)
{
    public override string Section => "locations";
    public override string Title => "Adressen";

    [BindProperty] public List<LocationForm> Locations { get; set; } = [];

    public sealed class LocationForm
    {
        public Guid? Id { get; set; }
        public string? Name { get; set; }
        public string? Street { get; set; }
        public string? Number { get; set; }
        public string? Box { get; set; }
        public string? Postcode { get; set; }
        public string? Municipality { get; set; }
        public string? Accessibility { get; set; }
        public bool Remove { get; set; }
    }

    /// <summary>The inputs of a location: the path below the location, the form's name, the label, the autocomplete token and a width.</summary>
    public static readonly IReadOnlyList<(string Path, string Form, string Label, string Autocomplete, int Max)> Parts =
    [
        ("name", nameof(LocationForm.Name), "Naam van de vestiging (niet verplicht)", "off", 200),
        ("address.street", nameof(LocationForm.Street), "Straat", "address-line1", 200),
        ("address.number", nameof(LocationForm.Number), "Huisnummer", "off", 20),
        ("address.box", nameof(LocationForm.Box), "Bus (niet verplicht)", "off", 20),
        ("address.postcode", nameof(LocationForm.Postcode), "Postcode", "postal-code", 4),
        ("address.municipality", nameof(LocationForm.Municipality), "Gemeente of deelgemeente", "address-level2", 100),
        ("accessibility", nameof(LocationForm.Accessibility), "Toegankelijkheid (niet verplicht, bv. rolstoeltoegankelijk, lift)", "off", 500),
    ];

    public static string? ValueOf(LocationForm form, string part) => part switch
    {
        nameof(LocationForm.Name) => form.Name, nameof(LocationForm.Street) => form.Street, nameof(LocationForm.Number) => form.Number,
        nameof(LocationForm.Box) => form.Box, nameof(LocationForm.Postcode) => form.Postcode, nameof(LocationForm.Municipality) => form.Municipality,
        _ => form.Accessibility,
    };

    protected override void Show(Fiche draft) =>
        Locations = draft.Locations.Select(l => new LocationForm
        {
            Id = l.Id, Name = l.Name, Street = l.Address.Street, Number = l.Address.Number, Box = l.Address.Box, Postcode = l.Address.Postcode,
            Municipality = l.Address.Locality, Accessibility = l.Accessibility,
        }).Append(new LocationForm()).ToList();

    protected override object Read(Fiche draft, InputErrors errors)
    {
        var result = new List<Location>();
        foreach (var (row, i) in Locations.Select((row, i) => (row, i)))
        {
            if (row.Remove || new[] { row.Name, row.Street, row.Number, row.Box, row.Postcode, row.Municipality, row.Accessibility }.All(v => Text(v) is null)) continue;
            foreach (var (path, _, label, _, _) in Parts) Map($"locations[{result.Count}].{path}", InputId($"locations[{i}].{path}"), $"Adres {i + 1}, {label}");
            Map($"locations[{result.Count}].address", InputId($"locations[{i}].address.street"), $"Adres {i + 1}");
            var before = draft.Locations.FirstOrDefault(l => l.Id == row.Id);
            var address = new Address(Text(row.Street) ?? "", Text(row.Number) ?? "", Text(row.Box), Text(row.Postcode) ?? "", Text(row.Municipality) ?? "",
                before?.Address.MunicipalityNis ?? "", before?.Address.MunicipalityName ?? "");
            var moved = before is null || before.Address with { MunicipalityNis = "", MunicipalityName = "" } != address with { MunicipalityNis = "", MunicipalityName = "" };
            // A new or changed address has no point of its own: the Directory places it at its postcode.
            result.Add(new Location(before?.Id ?? Guid.CreateVersion7(), Text(row.Name), address, moved ? null! : before!.Point, Text(row.Accessibility), before?.WorkingArea));
        }
        Map("locations", InputId("locations[0].address.street"), "Adressen");
        return result;
    }
}
