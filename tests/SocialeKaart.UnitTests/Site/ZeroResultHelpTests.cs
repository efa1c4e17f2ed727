using SocialeKaart.Modules.Site.Pages;

namespace SocialeKaart.UnitTests.Site;

public sealed class ZeroResultHelpTests
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["10"] = "Gezin en kinderen",
        ["10.07"] = "Kinderopvang",
        ["10.07.02"] = "Groepsopvang voor kinderen",
        ["04.02"] = "Thuisverpleging",
        ["13.01"] = "Schuldbemiddeling en budgetbeheer",
    };

    [Theory]
    [InlineData("kinderen paardrijden", new[] { "10", "10.07.02" })]
    [InlineData("Schuld", new[] { "13.01" })]
    [InlineData("thuis", new[] { "04.02" })] // the start of "Thuisverpleging"
    [InlineData("opvang", new string[0])] // inside a word, not at its start
    [InlineData("en de of", new string[0])] // words too short to mean anything
    public void rubrieken_named_after_the_words_broadest_first(string q, string[] expected) =>
        Assert.Equal(expected, ZeroResultHelp.NamedAfter(q, Names).ToList());
}
