using System.Text.RegularExpressions;

namespace SocialeKaart.Modules.Directory.Validation;

/// <summary>
/// Belgian enterprise numbers (KBO/BCE): ten digits starting with 0 or 1, the last two being
/// 97 - (first eight mod 97). Accepted as people write them ("0123.456.749", "BE 0123456749"),
/// stored in the official notation "0123.456.749".
/// </summary>
public static partial class KboNumber
{
    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = "";
        if (input is null) return false;
        var compact = Separators().Replace(input.Trim(), "");
        if (compact.StartsWith("BE", StringComparison.OrdinalIgnoreCase)) compact = compact[2..];
        // The old nine-digit form (before 2005) never started with 0; a nine-digit input that does is a truncated number.
        if (compact.Length == 9 && compact[0] != '0') compact = "0" + compact;
        if (!TenDigits().IsMatch(compact)) return false;
        var body = long.Parse(compact[..8]);
        var check = int.Parse(compact[8..]);
        if (97 - body % 97 != check) return false;
        normalized = $"{compact[..4]}.{compact[4..7]}.{compact[7..]}";
        return true;
    }

    [GeneratedRegex(@"[\s./-]")]
    private static partial Regex Separators();

    [GeneratedRegex("^[01][0-9]{9}$")]
    private static partial Regex TenDigits();
}
