using SocialeKaart.BuildingBlocks;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>The site's error summaries, labelled with the one Dutch label per field (FieldLabels).</summary>
public static class SiteErrors
{
    public static ErrorSummary Summary(string title, IReadOnlyDictionary<string, string[]> errors, Func<string, string>? fieldId = null) =>
        ErrorSummary.For(title, errors, Texts.FieldLabels.Of, fieldId);
}
