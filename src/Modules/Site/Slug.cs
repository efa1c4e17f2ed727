using System.Globalization;
using System.Text;

namespace SocialeKaart.Modules.Site;

/// <summary>Readable URL parts from names: "Crèche Het Nestje (Gent)" → "creche-het-nestje-gent".</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string For(string name)
    {
        var builder = new StringBuilder(name.Length);
        var dash = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) { builder.Append(char.ToLowerInvariant(c)); dash = false; }
            else if (!dash && builder.Length > 0) { builder.Append('-'); dash = true; }
            if (builder.Length >= MaxLength) break;
        }
        return builder.ToString().TrimEnd('-');
    }

    public static string FichePath(Guid id, string name) => $"/organisatie/{id}/{For(name)}";
}
