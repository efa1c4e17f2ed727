using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Contracts.Review;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>
/// "Wijzigingen voorstellen": a structured form that becomes a change suggestion for coordinators to review.
/// Against spam without tracking anyone: anti-forgery token, a honeypot field people never see, at most five
/// suggestions per ten minutes from one address, and size limits. After sending: redirect to a thank-you (POST-redirect-GET).
/// </summary>
[RequestSizeLimit(32_768)]
[RequestFormLimits(ValueCountLimit = 30, ValueLengthLimit = 8_192)]
public sealed class WijzigingModel(IFicheDetails fiches, IChangeSuggestions suggestions, SuggestionRateLimiter limiter, TimeProvider clock) : PageModel
{
    public PublishedFiche? Published { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public bool Sent { get; private set; }
    public bool TooMany { get; private set; }

    [BindProperty] public List<SuggestionTopic> Topics { get; set; } = [];
    [BindProperty] public string? Message { get; set; }
    [BindProperty] public string? SenderName { get; set; }
    [BindProperty] public string? SenderEmail { get; set; }
    [BindProperty] public string? SenderPhone { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by bots.</summary>
    [BindProperty] public string? Website { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool? verstuurd, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFoundPage();
        Sent = verstuurd == true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFoundPage();
        if (!limiter.TryAcquire(HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown"))
        {
            TooMany = true;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)SuggestionRateLimiter.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }
        // A bot filled in the hidden field: it gets the same thank-you, and nothing is stored.
        if (!string.IsNullOrEmpty(Website)) return ThankYou();

        var outcome = await suggestions.SubmitAsync(new ChangeSuggestionForm(id,
            ModelState.GetValidationState(nameof(Topics)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid ? [] : Topics,
            Message, SenderName, SenderEmail, SenderPhone), ct);
        if (outcome.SuggestionId is null)
        {
            Errors = outcome.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return ThankYou();
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private IActionResult ThankYou() =>
        Redirect($"{Slug.FichePath(Published!.Fiche.Id, Published.Fiche.Name)}/wijziging?verstuurd=true");

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Published = await fiches.GetAsync(id, clock.GetUtcNow(), ct);
        return Published is not null;
    }

    private IActionResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
