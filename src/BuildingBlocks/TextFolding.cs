using System.Globalization;
using System.Text;

namespace SocialeKaart.BuildingBlocks;

public static class TextFolding
{
    /// <summary>Lower case without accents ("Coördinatie" → "coordinatie"): how text is compared when people type it.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }
}
