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

    /// <summary>
    /// A key that sorts names in Dutch order: accents and case ignored, the article of "'s-Gravenwezel" and "'t Hofke"
    /// skipped (under G and H), and IJ as one letter after I ("Izegem" before "IJzer"), as Dutch lists do.
    /// </summary>
    public static string DutchSortKey(string text)
    {
        var trimmed = text.Trim();
        var folded = Fold(trimmed);
        if (trimmed.Length > 1 && trimmed[0] is '\'' or '\u2019')
            foreach (var article in new[] { "s-", "s ", "t-", "t " })
                if (folded[1..].StartsWith(article, StringComparison.Ordinal))
                {
                    folded = folded[(1 + article.Length)..];
                    break;
                }
        return folded.TrimStart().Replace("ij", "i~", StringComparison.Ordinal);
    }
}
