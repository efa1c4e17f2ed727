using Microsoft.AspNetCore.Mvc;
using SocialeKaart.Modules.Review.Changes;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>
/// The owner's description of the offer: what they do, the concrete tasks, who it is for, how to apply, what it costs
/// (in their words and as the choice people filter on) and the languages spoken.
/// </summary>
public sealed class WerkingModel(ChangeRequestService changes) : DraftSectionModel(changes)
{
    public override string Section => "content";
    public override string Title => "Werking";

    [BindProperty] public string? GeneralOperation { get; set; }
    [BindProperty] public string? Tasks { get; set; }
    [BindProperty] public List<string> TargetGroups { get; set; } = [];
    [BindProperty] public string? TargetGroupDescription { get; set; }
    [BindProperty] public string? Registration { get; set; }
    [BindProperty] public string? Cost { get; set; }
    [BindProperty] public string? CostKind { get; set; }
    [BindProperty] public List<string> Languages { get; set; } = [];

    /// <summary>The texts of this form: the path's part, the form's name, the label and a hint.</summary>
    public static readonly IReadOnlyList<(string Part, string Form, string Label, string Hint)> Texts =
    [
        ("generalOperation", nameof(GeneralOperation), "Wat doet de organisatie?", "In gewone woorden: waarmee helpen jullie mensen?"),
        ("tasks", nameof(Tasks), "Concrete taken", "Bijvoorbeeld: budgetbegeleiding, huisbezoeken, groepswerking."),
        ("registration", nameof(Registration), "Hoe kan je terecht?", "Aanmelden: bellen, langskomen, een formulier, een verwijzing van de huisarts …"),
        ("cost", nameof(Cost), "Wat kost het? (in jullie woorden)", "Bijvoorbeeld: € 5 per gesprek, gratis voor wie een verhoogde tegemoetkoming heeft."),
    ];

    public static readonly IReadOnlyList<(CostKind? Kind, string Label)> CostKinds =
    [
        (null, "Niet gezegd"), (Contracts.Directory.CostKind.Free, "Gratis"), (Contracts.Directory.CostKind.Contribution, "Met een bijdrage"),
        (Contracts.Directory.CostKind.IncomeBased, "Volgens inkomen"), (Contracts.Directory.CostKind.Paid, "Betalend"),
    ];

    public string? TextOf(string form) => form switch
    {
        nameof(GeneralOperation) => GeneralOperation, nameof(Tasks) => Tasks, nameof(Registration) => Registration, _ => Cost,
    };

    protected override void Show(Fiche draft)
    {
        var c = draft.Content;
        (GeneralOperation, Tasks, TargetGroupDescription, Registration, Cost) = (c.GeneralOperation, c.Tasks, c.TargetGroup.Description, c.Registration, c.Cost);
        (TargetGroups, Languages, CostKind) = (c.TargetGroup.Tags.ToList(), c.Languages.ToList(), c.CostKind?.ToString());
    }

    protected override object Read(Fiche draft, InputErrors errors)
    {
        foreach (var (part, _, label, _) in Texts) Map($"content.{part}", InputId($"content.{part}"), label);
        Map("content.targetGroup.description", "content-targetGroup-description", "Voor wie, in jullie woorden");
        for (var i = 0; i < TargetGroups.Count; i++) Map($"content.targetGroup.tags[{i}]", "content-targetGroup-tags", "Voor wie");
        for (var i = 0; i < Languages.Count; i++) Map($"content.languages[{i}]", "content-languages", "Talen");
        CostKind? kind = null;
        if (!string.IsNullOrEmpty(CostKind))
        {
            if (Enum.TryParse<CostKind>(CostKind, out var parsed) && Enum.IsDefined(parsed)) kind = parsed;
            else
            {
                Map("content-costKind", "content-costKind-none", "Kostprijs");
                errors.Add("content-costKind", "Kies een kostprijs uit de lijst.");
            }
        }
        return new FicheContent(Text(GeneralOperation), Text(Tasks), new TargetGroup(TargetGroups.Distinct().ToList(), Text(TargetGroupDescription)),
            Text(Registration), Text(Cost), Languages.Distinct().ToList(), kind);
    }
}
