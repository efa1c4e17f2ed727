namespace SocialeKaart.Modules.Site.Texts;

/// <summary>
/// One Dutch label per form field, used by the field's label and by every error that names it (issue 12): a message
/// never says "Dit veld is verplicht." without saying which field, and never shows the field's code name.
/// </summary>
public static class FieldLabels
{
    public const string DisplayName = "Je naam";
    public const string Email = "E-mailadres";
    public const string Password = "Wachtwoord";
    public const string NewPassword = "Nieuw wachtwoord";
    public const string AcceptTerms = "Gebruiksvoorwaarden";

    private static readonly Dictionary<string, string> ByField = new(StringComparer.OrdinalIgnoreCase)
    {
        ["displayName"] = DisplayName, ["email"] = Email, ["password"] = Password, ["acceptTerms"] = AcceptTerms,
        ["topics"] = SiteTexts.SuggestWhat, ["message"] = SiteTexts.SuggestMessage, ["senderName"] = SiteTexts.SuggestName,
        ["senderEmail"] = SiteTexts.SuggestEmail, ["senderPhone"] = SiteTexts.SuggestPhone, ["token"] = "Link uit de mail",
    };

    /// <summary>The label of a field; a field without one is named generically rather than by its code name.</summary>
    public static string Of(string field) => ByField.TryGetValue(field, out var label) ? label : "Formulier";
}
