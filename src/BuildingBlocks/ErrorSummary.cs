namespace SocialeKaart.BuildingBlocks;

/// <summary>
/// The box above a form that did not go through: each problem with the field's own label, linking to the field, and
/// the box takes the focus when the page loads, so keyboard and screen-reader users start there (WCAG 3.3.1). Every
/// module's pages show it with the shared partial _ErrorSummary.
/// </summary>
public sealed record ErrorSummary(string Title, IReadOnlyList<ErrorSummary.Item> Items)
{
    public sealed record Item(string FieldId, string Label, string Message);

    /// <param name="errors">The messages by field name, as the module answered them.</param>
    /// <param name="label">The field's label for a field name, as the page shows it.</param>
    /// <param name="fieldId">The id of the input for a field name, when it differs from the name.</param>
    public static ErrorSummary For(string title, IReadOnlyDictionary<string, string[]> errors, Func<string, string> label, Func<string, string>? fieldId = null) =>
        new(title, errors.Select(e => new Item(fieldId?.Invoke(e.Key) ?? e.Key, label(e.Key), string.Join(" ", e.Value))).ToList());
}
