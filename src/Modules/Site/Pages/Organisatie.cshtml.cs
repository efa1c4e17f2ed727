using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Contracts.Accounts;
using SocialeKaart.Modules.Contracts.Geography;
using SocialeKaart.Modules.Contracts.Workspace;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>
/// One organisation's page at /organisatie/{id}/{slug}: every public section of its fiche, open-now in Belgian
/// time, its family, and schema.org data for search engines. An address with an old or missing slug is
/// redirected to the current one; an unknown id gets a helpful 404 page.
/// </summary>
public sealed class OrganisatieModel(
    IFicheDetails fiches, IGeography geography, IWorkspace workspace, TimeProvider clock, Microsoft.Extensions.Configuration.IConfiguration configuration) : PageModel
{
    public PublishedFiche? Published { get; private set; }
    public Fiche Fiche => Published!.Fiche;

    /// <summary>For a signed-in professional: their heart and private note on this fiche (null for everyone else).</summary>
    public FicheWorkspace? Mine { get; private set; }
    public bool NotesUnavailable { get; private set; }
    public string? NoteError { get; private set; }
    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? slug, CancellationToken ct)
    {
        Published = await fiches.GetAsync(id, clock.GetUtcNow(), ct);
        if (Published is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var canonical = Slug.FichePath(id, Published.Fiche.Name);
        if (slug != Slug.For(Published.Fiche.Name)) return RedirectPermanent(canonical);
        await LoadMineAsync(id, ct);
        return Page();
    }

    // The heart and the note are a professional's own: these handlers require a verified account (else: sign in).
    public async Task<IActionResult> OnPostFavouriteAsync(Guid id, bool favourite, CancellationToken ct)
    {
        if (User.ProfessionalAccountId() is not { } account) return Challenge(AccountPrincipal.Scheme);
        var outcome = await workspace.SetFavouriteAsync(account, id, favourite, ct);
        return outcome.Done ? Redirect($"/organisatie/{id}/fiche#werkmap") : NotFound();
    }

    public async Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken ct)
    {
        if (User.ProfessionalAccountId() is not { } account) return Challenge(AccountPrincipal.Scheme);
        WorkspaceOutcome outcome;
        try { outcome = await workspace.SaveNoteAsync(account, id, Note, ct); }
        catch (NotesUnavailableException) { outcome = WorkspaceOutcome.Refused("note", "Notities zijn tijdelijk niet beschikbaar.", 503); }
        if (outcome.Done) return Redirect($"/organisatie/{id}/fiche#werkmap");
        Published = await fiches.GetAsync(id, clock.GetUtcNow(), ct);
        if (Published is null) return NotFound();
        await LoadMineAsync(id, ct);
        NoteError = string.Join(" ", outcome.Errors.SelectMany(e => e.Value));
        Response.StatusCode = outcome.Status;
        return Page();
    }

    private async Task LoadMineAsync(Guid id, CancellationToken ct)
    {
        if (User.ProfessionalAccountId() is not { } account) return;
        try { Mine = await workspace.ForFicheAsync(account, id, ct); }
        catch (NotesUnavailableException)
        {
            Mine = new FicheWorkspace(false, null);
            NotesUnavailable = true;
        }
    }

    public string? AreaName(PlaceRef place) => geography.NameOf(place);

    public string? StaleWarning() => FicheFreshness.Warning(Fiche.VerifiedAt, Fiche.LastChangedAt, clock.GetUtcNow());

    /// <summary>A route to the first address in the visitor's own maps app (a universal maps link: it opens the app on a phone).</summary>
    public string? RouteUrl() => Fiche.Locations.FirstOrDefault() is { } first
        ? "https://www.google.com/maps/dir/?api=1&destination=" + Uri.EscapeDataString(
            $"{first.Address.Street} {first.Address.Number}, {first.Address.Postcode} {first.Address.Locality}, België")
        : null;

    /// <summary>The first location on OpenStreetMap: the map without JavaScript, and what the map button replaces.</summary>
    public string? MapUrl() => Fiche.Locations.FirstOrDefault() is { } first
        ? string.Create(CultureInfo.InvariantCulture, $"https://www.openstreetmap.org/?mlat={first.Point.Lat:F6}&mlon={first.Point.Lon:F6}#map=17/{first.Point.Lat:F6}/{first.Point.Lon:F6}")
        : null;

    /// <summary>A phone number as a tel: link wants it: digits and a leading plus only.</summary>
    public static string Tel(string number) => new(number.Trim().Where((c, i) => char.IsDigit(c) || c == '+' && i == 0).ToArray());

    public string? TileUrl => configuration["Site:Map:TileUrl"];
    public string? TileAttribution => configuration["Site:Map:Attribution"];

    /// <summary>The fiche's locations for its map, as JSON the map script reads (names are data: the script sets them as text).</summary>
    public string MarkersJson() => JsonSerializer.Serialize(Fiche.Locations.Select(l => new
    {
        name = $"{l.Name ?? Fiche.Name}, {l.Address.Street} {l.Address.Number}, {l.Address.Postcode} {l.Address.Locality}",
        lat = l.Point.Lat, lon = l.Point.Lon,
    }));

    public static string DayName(DayOfWeek day) => BelgianTime.DayName(day);

    public static string Date(DateOnly date) => BelgianTime.Day(date);

    public static string Date(DateTimeOffset moment) => BelgianTime.Day(moment);


    /// <summary>schema.org data for search engines; the serializer escapes &lt; and &gt;, so text cannot close the script element.</summary>
    public string JsonLd(string url)
    {
        var first = Fiche.Locations.FirstOrDefault();
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["name"] = Fiche.Name,
            ["url"] = url,
            ["description"] = Fiche.Content.GeneralOperation,
            ["telephone"] = Fiche.Contact.Phones.FirstOrDefault()?.Number,
            ["email"] = Fiche.Contact.Emails.FirstOrDefault()?.Address,
            ["sameAs"] = Fiche.Contact.Website,
            ["address"] = first is null ? null : new Dictionary<string, object?>
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = first.Address.StreetLine(),
                ["postalCode"] = first.Address.Postcode,
                ["addressLocality"] = first.Address.Locality,
                ["addressCountry"] = "BE",
            },
        }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));
    }
}
