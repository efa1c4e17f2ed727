using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using DiffPlex;
using DiffPlex.Chunkers;
using Microsoft.AspNetCore.Html;

namespace SocialeKaart.Modules.Review.Pages;

/// <summary>
/// A long text compared word by word, with DiffPlex (the common .NET diff library): the text as it is, with the words
/// taken out marked (del), and as the draft has it, with the words put in marked (ins), so a reviewer sees the changed
/// sentence of a paragraph at once. Short values are shown whole: a phone number is read, not diffed. Every piece is
/// HTML-encoded; only our own del/ins tags are markup.
/// </summary>
public static class WordDiff
{
    /// <summary>From how many characters a text is compared word by word.</summary>
    public const int LongText = 60;

    /// <summary>A changed field's two texts word by word, or null when it is no long text.</summary>
    public static (IHtmlContent Before, IHtmlContent After)? Of(FieldChange field) => Of(Text(field.Before), Text(field.After));

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static (IHtmlContent Before, IHtmlContent After)? Of(string? before, string? after)
    {
        if (before is null || after is null || Math.Max(before.Length, after.Length) < LongText) return null;
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var deleted = new HashSet<int>();
        var inserted = new HashSet<int>();
        foreach (var block in diff.DiffBlocks)
        {
            for (var i = 0; i < block.DeleteCountA; i++) deleted.Add(block.DeleteStartA + i);
            for (var i = 0; i < block.InsertCountB; i++) inserted.Add(block.InsertStartB + i);
        }
        return (Marked(diff.PiecesOld, deleted, "del"), Marked(diff.PiecesNew, inserted, "ins"));
    }

    private static HtmlString Marked(IEnumerable<string> pieces, HashSet<int> changed, string tag)
    {
        var html = new StringBuilder();
        var open = false;
        foreach (var (piece, i) in pieces.Select((p, i) => (p, i)))
        {
            // A run of changed words is one mark, the spaces between them included (they are changed pieces too).
            var isChanged = changed.Contains(i);
            if (isChanged && !open) { html.Append('<').Append(tag).Append('>'); open = true; }
            else if (!isChanged && open) { html.Append("</").Append(tag).Append('>'); open = false; }
            html.Append(HtmlEncoder.Default.Encode(piece));
        }
        if (open) html.Append("</").Append(tag).Append('>');
        return new HtmlString(html.ToString());
    }
}
