using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using SocialeKaart.Modules.Review.Changes;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>
/// The owner's recognitions (erkenningen): by whom, what kind, the number and the period it is valid; rows to add, a tick
/// to remove one. A date that is no date comes back beside its input; an end before the start is the Directory's rule.
/// </summary>
public sealed class ErkenningenModel(ChangeRequestService changes) : DraftSectionModel(changes)
{
    public override string Section => "recognitions";
    public override string Title => "Erkenningen";

    [BindProperty] public List<RecognitionForm> Recognitions { get; set; } = [];

    public sealed class RecognitionForm
    {
        public string? Authority { get; set; }
        public string? Type { get; set; }
        public string? Number { get; set; }
        public string? ValidFrom { get; set; }
        public string? ValidTo { get; set; }
        public bool Remove { get; set; }
        public bool Known { get; set; }
    }

    /// <summary>The inputs of a recognition: the path's part, the form's name, the label and the input type.</summary>
    public static readonly IReadOnlyList<(string Part, string Form, string Label, string Type)> Parts =
    [
        ("authority", nameof(RecognitionForm.Authority), "Erkend door (bv. Agentschap Opgroeien)", "text"),
        ("type", nameof(RecognitionForm.Type), "Soort erkenning", "text"),
        ("number", nameof(RecognitionForm.Number), "Erkenningsnummer (niet verplicht)", "text"),
        ("validFrom", nameof(RecognitionForm.ValidFrom), "Geldig vanaf (niet verplicht)", "date"),
        ("validTo", nameof(RecognitionForm.ValidTo), "Geldig tot (niet verplicht)", "date"),
    ];

    public static string? ValueOf(RecognitionForm form, string part) => part switch
    {
        nameof(RecognitionForm.Authority) => form.Authority, nameof(RecognitionForm.Type) => form.Type, nameof(RecognitionForm.Number) => form.Number,
        nameof(RecognitionForm.ValidFrom) => form.ValidFrom, _ => form.ValidTo,
    };

    protected override void Show(Fiche draft) =>
        Recognitions = draft.Recognitions.Select(r => new RecognitionForm
        {
            Authority = r.Authority, Type = r.Type, Number = r.Number, Known = true,
            ValidFrom = r.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ValidTo = r.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }).Concat([new RecognitionForm()]).ToList();

    protected override object Read(Fiche draft, InputErrors errors)
    {
        var result = new List<Recognition>();
        foreach (var (row, i) in Recognitions.Select((row, i) => (row, i)))
        {
            if (row.Remove || new[] { row.Authority, row.Type, row.Number, row.ValidFrom, row.ValidTo }.All(v => Text(v) is null)) continue;
            foreach (var (part, _, label, _) in Parts)
                Map($"recognitions[{result.Count}].{part}", InputId($"recognitions[{i}].{part}"), $"Erkenning {i + 1}, {label.Split(" (")[0].ToLowerInvariant()}");
            result.Add(new Recognition(Text(row.Authority) ?? "", Text(row.Type) ?? "", Text(row.Number),
                Date(row.ValidFrom, $"recognitions[{i}].validFrom", i, errors), Date(row.ValidTo, $"recognitions[{i}].validTo", i, errors)));
        }
        return result;
    }

    /// <summary>A date of a recognition, blank allowed; one that is no date comes back beside its input.</summary>
    private DateOnly? Date(string? value, string path, int row, InputErrors errors)
    {
        if (Text(value) is null) return null;
        if (DateAsTyped(value) is { } date) return date;
        Map(path, InputId(path), $"Erkenning {row + 1}, datum");
        errors.Add(path, "Dit is geen datum: schrijf bv. 24/12/2026.");
        return null;
    }
}
