using System.Text.RegularExpressions;
using SocialeKaart.BuildingBlocks;

namespace SocialeKaart.Modules.Directory.Fiches;

/// <summary>The limits a fiche's fields must respect, shared by every command that sets them.</summary>
public static partial class FicheInputRules
{
    public const int NameMax = 200;
    public const int StreetMax = 150;
    public const int NumberMax = 10;
    public const int MunicipalityMax = 100;
    public const int PhoneMax = 30;
    public const int ReasonMax = 500;

    public static InputErrors CheckName(this InputErrors errors, string? name) =>
        errors.Required("name", name, NameMax);

    public static InputErrors CheckAddress(this InputErrors errors, AddressInput? address)
    {
        if (address is null) return errors.Add("address", "Dit veld is verplicht.");
        errors.Required("address.street", address.Street, StreetMax)
            .Required("address.number", address.Number, NumberMax)
            .Optional("address.box", address.Box, NumberMax)
            .Required("address.municipality", address.Municipality, MunicipalityMax)
            .Required("address.postcode", address.Postcode, 4);
        return address.Postcode is { Length: > 0 } postcode && !BelgianPostcode().IsMatch(postcode)
            ? errors.Add("address.postcode", "Een Belgische postcode heeft vier cijfers (1000-9999).")
            : errors;
    }

    public static InputErrors CheckPhone(this InputErrors errors, string? phone)
    {
        errors.Required("phone", phone, PhoneMax);
        return phone is { Length: > 0 and <= PhoneMax } && !PhoneNumber().IsMatch(phone)
            ? errors.Add("phone", "Geef een telefoonnummer met 9 tot 15 cijfers, bv. 09 123 45 67 of +32 9 123 45 67.")
            : errors;
    }

    [GeneratedRegex("^[1-9][0-9]{3}$")]
    private static partial Regex BelgianPostcode();

    // Digits with the separators people write (spaces, dots, slashes, dashes), optionally an international prefix.
    [GeneratedRegex(@"^\+?(?:[0-9][ ./-]?){9,15}$")]
    private static partial Regex PhoneNumber();
}

public sealed record AddressInput(string? Street, string? Number, string? Box, string? Postcode, string? Municipality)
{
    public PostalAddress ToAddress() => new(
        Street!.Trim(), Number!.Trim(), string.IsNullOrWhiteSpace(Box) ? null : Box.Trim(), Postcode!, Municipality!.Trim());
}
