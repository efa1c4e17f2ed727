using Microsoft.AspNetCore.Mvc;
using SocialeKaart.Modules.Review.Changes;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>The organisation's identity: its name, a short name, other names people know it by, legal form and KBO number.</summary>
public sealed class NaamModel(ChangeRequestService changes) : DraftSectionModel(changes)
{
    public override string Section => "identity";
    public override string Title => "Naam en identiteit";
    public const int OtherNameRows = 3;

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? ShortName { get; set; }
    [BindProperty] public List<string?> OtherNames { get; set; } = [];
    [BindProperty] public string? LegalForm { get; set; }
    [BindProperty] public string? EnterpriseNumber { get; set; }

    /// <summary>The single inputs: the path's part, the form's name, the label, the hint and the longest value.</summary>
    public static readonly IReadOnlyList<(string Part, string Form, string Label, string? Hint, int Max)> Parts =
    [
        ("name", nameof(Name), "Naam van de organisatie", null, 200),
        ("shortName", nameof(ShortName), "Korte naam (niet verplicht)", "Bijvoorbeeld: CAW, OCMW.", 50),
        ("legalForm", nameof(LegalForm), "Rechtsvorm (niet verplicht)", "Bijvoorbeeld: vzw, openbaar bestuur.", 100),
        ("enterpriseNumber", nameof(EnterpriseNumber), "Ondernemingsnummer (niet verplicht)", "Tien cijfers, bv. 0123.456.749.", 20),
    ];

    public string? ValueOf(string form) => form switch
    {
        nameof(Name) => Name, nameof(ShortName) => ShortName, nameof(LegalForm) => LegalForm, _ => EnterpriseNumber,
    };

    protected override void Show(Fiche draft)
    {
        var i = draft.Identity;
        (Name, ShortName, LegalForm, EnterpriseNumber) = (i.Name, i.ShortName, i.LegalForm, i.EnterpriseNumber);
        OtherNames = [.. i.OtherNames, .. Enumerable.Repeat<string?>(null, OtherNameRows)];
    }

    protected override object Read(Fiche draft, InputErrors errors)
    {
        foreach (var (part, _, label, _, _) in Parts) Map($"identity.{part}", InputId($"identity.{part}"), label.Split(" (")[0]);
        var others = new List<string>();
        foreach (var (name, i) in OtherNames.Select((n, i) => (n, i)))
        {
            if (Text(name) is not { } other) continue;
            Map($"identity.otherNames[{others.Count}]", InputId($"identity.otherNames[{i}]"), $"Andere naam {i + 1}");
            others.Add(other);
        }
        return new FicheIdentity(Text(Name) ?? "", Text(ShortName), others, Text(LegalForm), Text(EnterpriseNumber));
    }
}
