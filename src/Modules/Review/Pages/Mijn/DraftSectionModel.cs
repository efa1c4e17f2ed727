using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Review.Changes;
using SocialeKaart.Modules.Review.Decisions;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>
/// One section of an owner's draft on a page of its own (the owner's editor). The form shows the draft's section; saving
/// sends it through the very check of the API's PUT /api/change-requests/{id}/draft/{section} (ChangeRequestService.EditAsync),
/// so the rules and their messages are the Directory's. Those come back by path ("contact.phones[1].number"): each form
/// gives an input the id <see cref="InputId"/> of its path, and the error summary links every message to its input.
/// Plain forms: everything works without JavaScript; a list offers empty rows to add to.
/// </summary>
[Authorize(Policy = AccessPolicies.Professional)]
[RequestSizeLimit(65_536)]
public abstract class DraftSectionModel(ChangeRequestService changes) : PageModel
{
    public ChangeRequest? Change { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>The section as the API names it ("schedules").</summary>
    public abstract string Section { get; }

    /// <summary>The page's heading and the section's name for people ("Openingsuren").</summary>
    public abstract string Title { get; }

    public string Overview => $"/mijn/wijziging/{Change!.Id}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Show(Change!.Draft);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var errors = new InputErrors();
        var value = Read(Change!.Draft, errors);
        if (!errors.Any)
        {
            var section = new DraftSection(JsonSerializer.SerializeToElement(value, FicheFields.Options));
            var outcome = await changes.EditAsync(id, Section, section, User, ct);
            if (outcome.Problem is null) return Redirect($"{Overview}?bewaard={Section}");
            var byField = ProblemMessages.ByField(outcome.Problem);
            Errors = byField.Count > 0 ? byField : new Dictionary<string, string[]> { [Section] = [.. ProblemMessages.All(outcome.Problem)] };
        }
        else Errors = errors.ByField;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Fill the form from the draft.</summary>
    protected abstract void Show(Fiche draft);

    /// <summary>The section as the form (bound on post) has it, or form errors by path (a time that is no time).</summary>
    protected abstract object Read(Fiche draft, InputErrors errors);

    /// <summary>The id of the input for a path: "contact.phones[1].number" → "contact-phones-1-number".</summary>
    public static string InputId(string path) => path.Replace("[", "-").Replace("]", "").Replace('.', '-');

    /// <summary>The messages for one input, to show beside it.</summary>
    public string? ErrorAt(string inputId) =>
        Errors.Where(e => FieldOf(e.Key) == inputId).SelectMany(e => e.Value).ToList() is { Count: > 0 } messages ? string.Join(" ", messages) : null;

    private readonly Dictionary<string, (string InputId, string Label)> _fields = new(StringComparer.Ordinal);

    /// <summary>Where the form put what a path names, and how it reads: for forms whose inputs are not laid out as the section.</summary>
    protected void Map(string path, string inputId, string label) => _fields[path] = (inputId, label);

    /// <summary>The input a message belongs to: as mapped, else the input of its own path.</summary>
    protected virtual string FieldOf(string path) => _fields.TryGetValue(path, out var field) ? field.InputId : InputId(path);

    /// <summary>How a path reads in the error summary ("Telefoon 2"): as mapped, else the section's name.</summary>
    protected virtual string LabelOf(string path) => _fields.TryGetValue(path, out var field) ? field.Label : Title;

    public ErrorSummary Summary() => ErrorSummary.For("Je wijziging is niet bewaard", Errors, LabelOf, FieldOf);

    /// <summary>A date as a date input sends it (2026-12-24) or as people type it (24/12/2026, 24-12-2026, 24.12.2026).</summary>
    protected static DateOnly? DateAsTyped(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"], System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A form text as stored: trimmed, or null when blank.</summary>
    protected static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The number in a path's last index: "persons[2].name" → 2.</summary>
    protected static int? IndexIn(string path, string list)
    {
        var start = path.IndexOf(list + "[", StringComparison.Ordinal);
        if (start < 0) return null;
        var from = start + list.Length + 1;
        var end = path.IndexOf(']', from);
        return end > from && int.TryParse(path.AsSpan(from, end - from), out var index) ? index : null;
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        Change = await changes.DraftOfAsync(id, User, ct);
        if (Change is null) return NotFound();
        // Sent or decided: nothing to edit any more; the overview says where it stands.
        if (Change.Status != ReviewStatus.Draft) return Redirect(Overview);
        await PrepareAsync(ct);
        return null;
    }

    /// <summary>What the form offers to choose from (the rubriek tree, the thesaurus), read before it is shown or read.</summary>
    protected virtual Task PrepareAsync(CancellationToken ct) => Task.CompletedTask;
}
