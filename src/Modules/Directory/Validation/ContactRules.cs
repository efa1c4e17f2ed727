using System.Net.Mail;
using System.Text.RegularExpressions;

namespace SocialeKaart.Modules.Directory.Validation;

public static partial class ContactRules
{
    public const int PhoneMax = 30;
    public const int EmailMax = 254;
    public const int UrlMax = 2000;
    public const int LabelMax = 100;

    public static InputErrors CheckPhone(this InputErrors errors, string field, string? phone)
    {
        errors.Required(field, phone, PhoneMax);
        return phone is { Length: > 0 and <= PhoneMax } && !PhoneNumber().IsMatch(phone.Trim())
            ? errors.Add(field, "Geef een telefoonnummer met 9 tot 15 cijfers, bv. 09 123 45 67 of +32 9 123 45 67.")
            : errors;
    }

    public static InputErrors CheckEmail(this InputErrors errors, string field, string? email)
    {
        errors.Required(field, email, EmailMax);
        return email is { Length: > 0 and <= EmailMax } && !IsEmail(email.Trim())
            ? errors.Add(field, "Geef een geldig e-mailadres, bv. info@voorbeeld.be.")
            : errors;
    }

    public static InputErrors CheckUrl(this InputErrors errors, string field, string? url)
    {
        errors.Required(field, url, UrlMax);
        return url is { Length: > 0 and <= UrlMax } && !IsWebAddress(url.Trim())
            ? errors.Add(field, "Geef een volledig webadres dat begint met https:// of http://.")
            : errors;
    }

    public static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.') && !value.Contains(' ');

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Contains('.') && !value.Contains(' ');

    // Digits with the separators people write (spaces, dots, slashes, dashes), optionally an international prefix.
    [GeneratedRegex(@"^\+?(?:[0-9][ ./-]?){9,15}$")]
    private static partial Regex PhoneNumber();
}
