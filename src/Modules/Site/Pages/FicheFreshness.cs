namespace SocialeKaart.Modules.Site.Pages;

/// <summary>
/// Whether a fiche's data may be out of date, in words for the page: last checked more than a year ago, or never
/// checked and not changed for a year. Directories go stale; a visitor should know when to call before going.
/// </summary>
public static class FicheFreshness
{
    public static string? Warning(DateTimeOffset? verifiedAt, DateTimeOffset lastChangedAt, DateTimeOffset now)
    {
        var yearAgo = now.AddYears(-1);
        if (verifiedAt is { } verified)
            return verified < yearAgo
                ? $"Laatst nagekeken meer dan een jaar geleden (op {OrganisatieModel.Date(verified)}). Bel best even voor je gaat."
                : null;
        return lastChangedAt < yearAgo ? "Deze gegevens zijn meer dan een jaar niet nagekeken. Bel best even voor je gaat." : null;
    }
}
