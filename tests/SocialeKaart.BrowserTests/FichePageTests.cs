using Microsoft.Playwright;

namespace SocialeKaart.BrowserTests;

/// <summary>
/// The fiche page on a phone (issue 12): what a person needs first (call, route, today's hours, how to apply) on the
/// first screen, nothing wider than the screen, the map only when asked, and no axe violation of any impact.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class FichePageTests(SiteServer site)
{
    private string LongFichePath => $"/organisatie/{site.Fiches[SiteServer.LongFiche]}/centrum-geestelijke-gezondheidszorg-waas-en-dender";

    [Theory]
    [InlineData(320, 640)]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task a_long_fiche_fits_the_screen_and_passes_axe_at_every_impact(int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        await page.GotoAsync(LongFichePath);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the fiche page is {overflow}px wider than a {width}px screen");
        await Accessibility.AssertNoViolationsAsync(page, $"the fiche page at {width}px");
        await Accessibility.ScreenshotAsync(page, $"20-long-fiche-{width}px");
    }

    [Fact]
    public async Task at_400_percent_zoom_the_fiche_reflows_without_scrolling_sideways()
    {
        // 400 % of a 1280 px window is a 320 px wide viewport at four device pixels per CSS pixel (WCAG 1.4.10).
        var page = await site.NewPageAsync(320, 256, scale: 4);
        await page.GotoAsync(LongFichePath);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"at 400 % zoom the fiche page is {overflow}px too wide");
    }

    [Fact]
    public async Task on_a_phone_the_call_button_route_and_todays_hours_come_first_and_the_map_waits_until_asked()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync(LongFichePath);

        var call = page.GetByRole(AriaRole.Link, new() { Name = "Bel 03 778 20 00" });
        Assert.Equal("tel:037782000", await call.GetAttributeAsync("href"));
        var today = page.Locator(".today");
        await Assertions.Expect(today).ToContainTextAsync("Vandaag 09:00–12:30 en 13:30–17:00");
        foreach (var (what, element) in new[] { ("the call button", call), ("today's hours", today), ("how to apply", page.Locator(".quick").GetByText("Aanmelden:")) })
        {
            var box = await element.BoundingBoxAsync();
            Assert.True(box is not null && box.Y + box.Height <= 844, $"{what} is not on the first screen of a 390×844 phone (bottom at {box?.Y + box?.Height})");
        }
        var route = await page.GetByRole(AriaRole.Link, new() { Name = "Route" }).GetAttributeAsync("href");
        Assert.StartsWith("https://www.google.com/maps/dir/?api=1&destination=Kazernestraat%2012%2C%209100", route);

        // The first thing a keyboard reaches in the fiche is the call button (no tabindex anywhere: DOM order is Tab order).
        Assert.Equal("tel:037782000", await page.EvaluateAsync<string>(
            "() => document.querySelector('article.fiche').querySelector('a[href], button, input, select, textarea').getAttribute('href')"));

        // No Leaflet until the map is asked for; then the address is on it.
        Assert.False(await page.EvaluateAsync<bool>("() => typeof window.L !== 'undefined'"), "Leaflet was loaded with the page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon op de kaart" }).ClickAsync();
        await Assertions.Expect(page.Locator("#kaart path.leaflet-interactive")).ToHaveCountAsync(1);
        await Accessibility.ScreenshotAsync(page, "21-long-fiche-map");
    }
}
