using Microsoft.AspNetCore.WebUtilities;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>A link to a plain search (no filters): what "clear the filters" goes back to.</summary>
public sealed record ZoekenLink(string? Q, string? Waar)
{
    public string Href => QueryHelpers.AddQueryString("/zoeken",
        new[] { ("q", Q), ("waar", Waar) }.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2)));
}
