using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using SocialeKaart.Modules.Review.Pages;

namespace SocialeKaart.UnitTests.Review;

public sealed class WordDiffTests
{
    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private const string Before = "Elke dinsdag van negen tot twaalf kan je zonder afspraak langskomen voor advies over je budget.";

    [Fact]
    public void a_changed_word_in_a_long_text_is_marked_on_both_sides_and_the_rest_is_left_as_it_was()
    {
        var (before, after) = WordDiff.Of(Before, Before.Replace("dinsdag", "woensdag"))!.Value;
        Assert.Equal(Before.Replace("dinsdag", "<del>dinsdag</del>"), Html(before));
        Assert.Equal(Before.Replace("dinsdag", "<ins>woensdag</ins>"), Html(after));
    }

    [Fact]
    public void a_run_of_new_words_is_one_mark()
    {
        var (_, after) = WordDiff.Of(Before, Before + " Bel vooraf als je met een tolk komt.")!.Value;
        var html = Html(after);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<ins>"));
        Assert.Matches("<ins>[^<]*Bel vooraf als je met een tolk komt[^<]*</ins>", html);
    }

    [Fact]
    public void short_values_are_not_diffed_and_text_is_encoded()
    {
        Assert.Null(WordDiff.Of("09 111 22 33", "09 111 22 34"));
        Assert.Null(WordDiff.Of(null, Before));
        var (_, after) = WordDiff.Of(Before, Before + " <script>alert(1)</script>")!.Value;
        Assert.DoesNotContain("<script>", Html(after));
        Assert.Contains("&lt;script&gt;", Html(after));
    }
}
