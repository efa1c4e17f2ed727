using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Security;
using SocialeKaart.Modules.Review.Changes;
using SocialeKaart.Modules.Review.Decisions;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>
/// An owner's draft: every section it may change, each with what the draft holds and a link to its page (the owner's
/// editor, ADR 25), then the whole change as the coordinator will review it; sending puts it in the queue.
/// Also the request's status page: when it was sent and decided, what was taken over, the coordinator's answer; and the
/// way to withdraw it while it is a draft or waits for a decision.
/// </summary>
[Authorize(Policy = AccessPolicies.Professional)]
[RequestSizeLimit(32_768)]
public sealed class WijzigingModel(ReviewSession review, ChangeRequestService changes, IRubriekTree rubrieken) : PageModel
{
    private IReadOnlyDictionary<string, string> _rubriekNames = new Dictionary<string, string>();

    public ChangeRequest? Draft { get; private set; }
    public IReadOnlyList<UnitChange> Units { get; private set; } = [];
    /// <summary>The request as the queue holds it: sent and decided when, by whom, with what answer.</summary>
    public ReviewItem? Item { get; private set; }
    public bool Withdrawn { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public bool Saved { get; private set; }

    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFoundPage();
        Saved = base.Request.Query.ContainsKey("bewaard");
        Withdrawn = base.Request.Query.ContainsKey("ingetrokken");
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct)
    {
        var outcome = await changes.WithdrawAsync(id, User, ct);
        if (outcome.Problem is null) return Redirect($"/mijn/wijziging/{id}?ingetrokken=1");
        if (!await LoadAsync(id, ct)) return NotFoundPage();
        Problems = Messages(outcome.Problem).ToList();
        Response.StatusCode = outcome.Problem.Status ?? 400;
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken ct)
    {
        var outcome = await changes.SubmitAsync(id, new SubmitChange(Note), User, ct);
        if (outcome.Problem is null) return Redirect($"/mijn/wijziging/{id}");
        if (!await LoadAsync(id, ct)) return NotFoundPage();
        Problems = Messages(outcome.Problem).ToList();
        Response.StatusCode = outcome.Problem.Status ?? 400;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Draft = await review.Session.LoadAsync<ChangeRequest>(id, ct);
        if (Draft is null || Draft.Author.Id != User.ToActor().Id) { Draft = null; return false; }
        Units = Draft.Status is ReviewStatus.Draft or ReviewStatus.Open
            ? ChangeDiff.Compare(Draft.Base, Draft.Draft, Draft.Base)
            : ChangeDiff.Decided(Draft.Base, Draft.Draft, Draft.Approved);
        Item = await review.ItemAsync(id, ct);
        if (Draft.Draft.Rubrieken.Count > 0) _rubriekNames = await rubrieken.NamesAsync(ct);
        return true;
    }

    /// <summary>The sections of the owner's editor, each with its page and what the draft holds now, in a few words.</summary>
    public IEnumerable<(string Path, string Title, string Summary)> Sections()
    {
        var d = Draft!.Draft;
        string Or(string? text, string none) => string.IsNullOrWhiteSpace(text) ? none : text.Length > 90 ? text[..90] + "…" : text;
        var first = d.Locations.FirstOrDefault()?.Address;
        yield return ("naam", "Naam en identiteit", d.Identity.Name + (d.Identity.EnterpriseNumber is { } kbo ? $" ({kbo})" : ""));
        yield return ("adres", "Adressen", first is null ? "Nog geen adres."
            : $"{first.StreetLine()}, {first.Postcode} {first.Locality}" + (d.Locations.Count > 1 ? $" en nog {d.Locations.Count - 1}" : ""));
        yield return ("contact", "Contactgegevens", Or(string.Join(", ", new[] { d.Contact.Phones.FirstOrDefault()?.Number,
            d.Contact.Emails.FirstOrDefault()?.Address, d.Contact.Website }.Where(v => !string.IsNullOrEmpty(v))), "Nog geen telefoon, e-mail of website."));
        var days = d.Schedules.Where(s => s.Kind == ScheduleKind.OpeningHours && s.LocationId is null).SelectMany(s => s.Weekly).Select(s => s.Day).Distinct().Count();
        yield return ("uren", "Openingsuren", days == 0 ? "Nog geen openingsuren." : $"Open op {days} {(days == 1 ? "dag" : "dagen")} per week.");
        yield return ("werking", "Werking", Or(d.Content.GeneralOperation, "Nog niet beschreven wat jullie doen."));
        yield return ("personen", "Contactpersonen", d.Persons.Count switch { 0 => "Nog geen contactpersonen.", 1 => d.Persons[0].Name, var n => $"{n} personen" });
        yield return ("activiteiten", "Activiteiten", d.Activities.Count switch
        {
            0 => "Nog geen activiteiten.", 1 => d.Activities[0].Name, var n => $"{d.Activities[0].Name} en nog {n - 1}",
        });
        var areas = d.WorkingArea?.Areas.Count ?? 0;
        yield return ("werkgebied", "Werkgebied", areas == 0 ? "Nog geen werkgebied: alleen jullie adres telt."
            : $"{areas} {(areas == 1 ? "gebied" : "gebieden")}, {d.WorkingArea!.MunicipalityNisCodes.Count} gemeenten");
        yield return ("rubrieken", "Rubrieken", d.Rubrieken.Count == 0 ? "Nog geen rubrieken: stel er een voor."
            : string.Join(", ", d.Rubrieken.Select(code => _rubriekNames.GetValueOrDefault(code) ?? code)));
        yield return ("trefwoorden", "Trefwoorden", d.Trefwoorden.Count == 0 ? "Nog geen trefwoorden." : string.Join(", ", d.Trefwoorden));
        yield return ("erkenningen", "Erkenningen", d.Recognitions.Count switch
        {
            0 => "Nog geen erkenningen.", 1 => $"{d.Recognitions[0].Type} ({d.Recognitions[0].Authority})", var n => $"{n} erkenningen",
        });
    }

    private static IEnumerable<string> Messages(Microsoft.AspNetCore.Mvc.ProblemDetails problem) => ProblemMessages.All(problem);

    private IActionResult NotFoundPage()
    {
        Response.StatusCode = 404;
        return Page();
    }
}
