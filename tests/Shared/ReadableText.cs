using System.Text.RegularExpressions;

namespace SocialeKaart.Tests.Shared;

/// <summary>
/// What no page or mail may show a reader (issue 12): escape sequences, double-escaped entities, English dates,
/// the code's field paths ("content.generalOperation") and names ("PartiallyApproved", "Phone", "null"). Shared by
/// the browser tests (every page they check) and the scan of every mail a test run sends.
/// </summary>
public static partial class ReadableText
{
    [GeneratedRegex(@"\\u[0-9a-fA-F]{4}|\\[nrt](?![a-z])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"&(amp|lt|gt|quot|apos|#x?[0-9a-fA-F]+);")]
    private static partial Regex Entity();

    [GeneratedRegex(@"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b")]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"\b(identity|locations|contact|content|schedules|recognitions|administrativeInfo|persons|workingArea|healthPractice)\.[a-zA-Z]+")]
    private static partial Regex FieldPath();

    // PascalCase names of the code ("PartiallyApproved", "ChangeRequest", "GeneralOperation"); real names written in
    // camel case (the eerstelijnszones BraViO, RupeLaar) do not end in these English words.
    [GeneratedRegex(@"\b[A-Z][a-z]+(Approved|Rejected|Withdrawn|Request|Requests|Kind|Status|Type|Operation|Group|Area|Name|Phone|Email|Info|At|Id)\b")]
    private static partial Regex CodeName();

    [GeneratedRegex(@"\b(Phone|Email|Mobile|Street|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Approved|Rejected|Pending|Draft|Withdrawn|None|null|undefined|NaN|True|False)\b")]
    private static partial Regex EnglishWord();

    /// <summary>Each thing in <paramref name="text"/> a reader should not see, with a little of the text around it.</summary>
    public static IReadOnlyList<string> Problems(string text)
    {
        var found = new List<string>();
        void Look(Regex pattern, string what)
        {
            foreach (Match m in pattern.Matches(text)) found.Add($"{what} '{m.Value}' in \"…{Around(text, m.Index)}…\"");
        }
        Look(Escape(), "an escape sequence");
        Look(Entity(), "an HTML entity shown as text");
        Look(EnglishDate(), "an English date");
        Look(FieldPath(), "a field path of the code");
        Look(CodeName(), "a name from the code");
        Look(EnglishWord(), "an English word");
        return found;
    }

    private static string Around(string text, int at)
    {
        var start = Math.Max(0, at - 30);
        return text.Substring(start, Math.Min(text.Length - start, 70)).ReplaceLineEndings(" ");
    }
}
