using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SocialeKaart.BrowserTests;

/// <summary>The results page on a phone (issue 12): the first result on the first screen, a heading that says what was searched, cards that say where.</summary>
[Collection(SiteCollection.Name)]
public sealed class ResultsPageTests(SiteServer site)
{
    [Fact]
    public async Task on_a_phone_the_first_result_is_on_the_first_screen_under_a_heading_that_says_what_was_searched()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync("/zoeken?q=kinderopvang&waar=Gentbrugge");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kinderopvang in Gentbrugge (Gent)");
        var first = page.Locator("ol.hits > li").First;
        var box = await first.Locator("h3").BoundingBoxAsync();
        Assert.True(box is not null && box.Y + box.Height <= 844, $"the first result's name is not on the first screen (bottom at {box?.Y + box?.Height})");
        // Street and number on the card, and how far it is from the place asked for; the folded form opens for another search.
        await Assertions.Expect(first.Locator(".address")).ToContainTextAsync("steenweg 12, 9050");
        await Assertions.Expect(first.Locator(".address .distance")).ToHaveTextAsync(new Regex(@"^ · \d+ m$|^ · \d+,\d km$"));
        await Assertions.Expect(page.GetByLabel("Wie of wat zoek je?")).ToBeHiddenAsync();
        await page.GetByText("Zoek opnieuw").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Wie of wat zoek je?")).ToHaveValueAsync("kinderopvang");
        await Accessibility.AssertNoViolationsAsync(page, "the results page on a phone");
        await Accessibility.ScreenshotAsync(page, "22-results-phone-first-screen");
    }

    [Fact]
    public async Task the_language_and_open_now_filters_apply_at_once_and_come_off_as_chips()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync("/zoeken?q=kinderopvang&waar=Gentbrugge");
        await page.GetByLabel(new Regex("^Frans")).CheckAsync(); // the seeded organisations speak Dutch and French
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("taal=fr"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Taal: Frans") })).ToBeVisibleAsync();
        await page.GetByLabel("Nu open").CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("open=1"));
        // The seeded organisations have no opening hours: none is claimed to be open.
        await Assertions.Expect(page.Locator(".result-count")).ToContainTextAsync("Geen resultaten");
        await Accessibility.AssertNoViolationsAsync(page, "the results with the open-now filter");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Nu open") }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("open=1"));
        await Assertions.Expect(page.Locator("ol.hits > li")).Not.ToHaveCountAsync(0);
    }

    [Fact]
    public async Task sorting_by_distance_applies_at_once_and_a_page_past_the_end_goes_to_the_last_one()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync("/zoeken?q=opvang&waar=Gent");
        await page.GetByLabel("Sorteer op").SelectOptionAsync("afstand");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("sorteer=afstand"));
        await Assertions.Expect(page.Locator("ol.hits > li .distance").First).ToContainTextAsync("km");

        await page.GotoAsync("/zoeken?q=opvang&waar=Gent&pagina=99");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^[^?]*/zoeken\\?q=opvang&waar=Gent$"));
        await Assertions.Expect(page.Locator("ol.hits > li")).Not.ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(320, 640)]
    [InlineData(1366, 900)]
    public async Task the_results_page_fits_the_screen(int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        await page.GotoAsync("/zoeken?q=opvang&waar=Gent&rubriek=10.07.02");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the results page is {overflow}px wider than a {width}px screen");
        await Accessibility.AssertNoViolationsAsync(page, $"the results page at {width}px");
    }
}
