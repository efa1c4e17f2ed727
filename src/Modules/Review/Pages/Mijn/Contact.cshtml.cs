using Microsoft.AspNetCore.Mvc;
using SocialeKaart.Modules.Review.Changes;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>The owner's contact details: every phone number and e-mail address (each with what it is for), the website and links.</summary>
public sealed class ContactModel(ChangeRequestService changes) : DraftSectionModel(changes)
{
    public override string Section => "contact";
    public override string Title => "Contactgegevens";

    [BindProperty] public List<Row> Phones { get; set; } = [];
    [BindProperty] public List<Row> Emails { get; set; } = [];
    [BindProperty] public List<Row> Links { get; set; } = [];
    [BindProperty] public string? Website { get; set; }

    /// <summary>A labelled value: a phone number, an e-mail address or a link's address, and what it is for ("Onthaal").</summary>
    public sealed class Row
    {
        public string? Label { get; set; }
        public string? Value { get; set; }
    }

    /// <summary>The lists of this form: the path's list name, the value's part, the form's name, its heading and its input type.</summary>
    public static readonly IReadOnlyList<(string List, string Part, string Form, string Heading, string Type)> Lists =
    [
        ("phones", "number", nameof(Phones), "Telefoonnummers", "tel"), ("emails", "address", nameof(Emails), "E-mailadressen", "email"),
        ("links", "url", nameof(Links), "Andere links (sociale media, een aanmeldformulier)", "url"),
    ];

    public List<Row> RowsOf(string form) => form switch { nameof(Phones) => Phones, nameof(Emails) => Emails, _ => Links };

    protected override void Show(Fiche draft)
    {
        static List<Row> WithBlanks(IEnumerable<Row> rows) => [.. rows, new Row(), new Row()];
        Phones = WithBlanks(draft.Contact.Phones.Select(p => new Row { Label = p.Label, Value = p.Number }));
        Emails = WithBlanks(draft.Contact.Emails.Select(e => new Row { Label = e.Label, Value = e.Address }));
        Links = WithBlanks(draft.Contact.Links.Select(l => new Row { Label = l.Label, Value = l.Url }));
        Website = draft.Contact.Website;
    }

    protected override object Read(Fiche draft, InputErrors errors)
    {
        List<(string? Label, string Value)> Kept(string list, string part, List<Row> rows, string label)
        {
            var kept = new List<(string?, string)>();
            foreach (var (row, i) in rows.Select((row, i) => (row, i)))
            {
                if (Text(row.Value) is not { } value) continue;
                Map($"contact.{list}[{kept.Count}].{part}", InputId($"contact.{list}[{i}].{part}"), $"{label} {i + 1}");
                Map($"contact.{list}[{kept.Count}].label", InputId($"contact.{list}[{i}].label"), $"{label} {i + 1}, waarvoor");
                kept.Add((Text(row.Label), value));
            }
            return kept;
        }
        Map("contact.website", "contact-website", "Website");
        return new ContactDetails(
            Kept("phones", "number", Phones, "Telefoon").Select(p => new Phone(p.Label, p.Value)).ToList(),
            Kept("emails", "address", Emails, "E-mail").Select(e => new Email(e.Label, e.Value)).ToList(),
            Text(Website),
            Kept("links", "url", Links, "Link").Select(l => new Link(l.Label, l.Value)).ToList());
    }
}
