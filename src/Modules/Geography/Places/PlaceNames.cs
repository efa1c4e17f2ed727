using System.Globalization;
using System.Text;

namespace SocialeKaart.Modules.Geography.Places;

/// <summary>
/// Folds a place name to the form people type: no accents, lower case, punctuation as spaces, and the
/// abbreviation "St." read as "Sint" ("St.-Niklaas" finds Sint-Niklaas, "Kapelle-op-den-Bos" = "kapelle op den bos").
/// </summary>
public static class PlaceNames
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }
        var words = builder.ToString().TrimEnd().Split(' ');
        for (var i = 0; i < words.Length; i++) if (words[i] == "st") words[i] = "sint";
        return string.Join(' ', words);
    }
}
