using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SocialeKaart.BrowserTests;

/// <summary>A citizen on a phone looks for childcare after a move: search, narrow, open the organisation.</summary>
[Collection(SiteCollection.Name)]
public sealed class CitizenSearchTests(SiteServer site)
{
    [Fact]
    public async Task a_parent_searches_childcare_in_gentbrugge_filters_opens_a_fiche_and_suggests_a_change()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync("/");
        await Accessibility.AssertNoViolationsAsync(page, "the home page");
        await Accessibility.ScreenshotAsync(page, "01-home-phone");

        await page.GetByLabel("Wie of wat zoek je?").FillAsync("kinderopvang");
        await page.GetByLabel("Waar?").FillAsync("Gentbrugge");
        // Close the suggestion list a person would see now: Chromium draws it over the button below (native, not in the page).
        await page.GetByLabel("Waar?").PressAsync("Escape");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/zoeken\\?q=kinderopvang&waar=Gentbrugge"));
        var results = page.Locator("ol.hits");
        await Assertions.Expect(results).ToContainTextAsync("Kinderopvang De Speelboom");
        await Assertions.Expect(results).Not.ToContainTextAsync("Zonnestraal"); // Kortrijk is not Gentbrugge
        await Accessibility.AssertNoViolationsAsync(page, "the results page");
        await Accessibility.ScreenshotAsync(page, "02-results-phone");

        // A filter applies as soon as it is ticked (the button is there for browsers without JavaScript).
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Filters toepassen" })).ToBeHiddenAsync();
        await page.Locator("input[type=checkbox][name=rubriek][value='10.07.02']").ClickAsync(); // the page reloads: no state check after
        // Polls the address rather than waiting for a load event (which can fire before the wait begins).
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("rubriek=10.07.02"));
        await Assertions.Expect(page.Locator(".result-count")).ToContainTextAsync("resulta");
        // The chosen filter is a chip that removes it again.
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Actieve filters" }).GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Toon de resultaten op een kaart" }).ClickAsync();
        await Assertions.Expect(page.Locator("#kaart path.leaflet-interactive")).ToHaveCountAsync(await page.Locator("ol.hits > li").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Kinderopvang De Speelboom" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/organisatie/{site.Fiches["Kinderopvang De Speelboom"]}/kinderopvang-de-speelboom$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kinderopvang De Speelboom");
        await Assertions.Expect(page.Locator("address").First).ToContainTextAsync("Brusselsesteenweg 12");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Opvang voor baby's en peuters in Gentbrugge.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon op de kaart" }).ClickAsync();
        await Assertions.Expect(page.Locator("#kaart path.leaflet-interactive")).ToHaveCountAsync(1); // its address on the map
        await Accessibility.AssertNoViolationsAsync(page, "the fiche page");
        await Accessibility.ScreenshotAsync(page, "03-fiche-phone");

        await page.GetByRole(AriaRole.Link, new() { Name = "Wijzigingen voorstellen" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/wijziging$"));
        await Accessibility.AssertNoViolationsAsync(page, "the suggestion form");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Telefoonnummer" }).CheckAsync();
        await page.GetByLabel("Wat moet er anders?").FillAsync("Het nummer is nu 09 222 33 44.");
        await page.GetByLabel("Je naam").FillAsync("An Peeters");
        await page.GetByLabel("Je e-mailadres").FillAsync("an.peeters@example.be");
        await Accessibility.ScreenshotAsync(page, "06-suggestion-form-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorstel versturen" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("verstuurd=true"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Bedankt! De redactie bekijkt je voorstel.");
    }

    [Fact]
    public async Task the_whole_path_works_with_the_keyboard_alone_and_focus_stays_visible()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Ga naar de inhoud", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync("kinderopvang");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Gentbrugge");
        // On to the search button (Tab also closes a suggestion list that may have opened) and press it.
        // Enter inside the box is not used: with a suggestion list open, Chromium takes Enter for the list.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("submit", await page.EvaluateAsync<string>("() => document.activeElement.type"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/zoeken\\?"));

        // Tab until a result is focused, checking that every focused element shows where focus is.
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
            var href = await page.EvaluateAsync<string?>("() => document.activeElement.getAttribute('href')");
            if (href is not null && href.StartsWith("/organisatie/", StringComparison.Ordinal)) break;
        }
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/organisatie/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(page, "04-fiche-after-keyboard");
    }

    [Fact]
    public async Task the_map_shows_every_result_and_a_marker_leads_to_the_organisation()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/zoeken?waar=Gentbrugge");
        await page.GetByRole(AriaRole.Link, new() { Name = "Toon de resultaten op een kaart" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("kaart=1"));
        var results = await page.Locator("ol.hits > li").CountAsync();
        Assert.Equal(3, results); // the three organisations in Gentbrugge
        var markers = page.Locator("#kaart path.leaflet-interactive");
        await Assertions.Expect(markers).ToHaveCountAsync(results);
        await Assertions.Expect(page.Locator("#kaart-status")).ToHaveTextAsync($"{results} organisaties op de kaart.");
        await Accessibility.AssertNoViolationsAsync(page, "the map view");
        await Accessibility.ScreenshotAsync(page, "08-map");

        await markers.First.ClickAsync(new LocatorClickOptions { Force = true });
        var popupLink = page.Locator(".leaflet-popup-content a");
        await Assertions.Expect(popupLink).ToBeVisibleAsync();
        var name = await popupLink.TextContentAsync();
        await popupLink.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/organisatie/[0-9a-f-]{36}/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name!);
    }

    [Fact]
    public async Task advanced_search_with_two_rubrieken_and_trefwoorden_combined_with_or()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Uitgebreid zoeken" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/uitgebreid-zoeken$"));
        await page.Locator(".rubriek-tree details:has(input[value='10.07.02']) > summary").ClickAsync(); // expand the branch
        await page.Locator("input[name=rubriek][value='10.07.02']").CheckAsync();
        await page.Locator("input[name=rubriek][value='10.07.03']").CheckAsync();
        var trefwoorden = page.Locator("#trefwoorden"); // a combobox once suggestions are attached
        await trefwoorden.PressSequentiallyAsync("kinderopvang, buitensch");
        // Suggestions complete the last trefwoord and keep the ones before it.
        await Assertions.Expect(page.Locator("#trefwoorden-suggesties option[value='kinderopvang, buitenschoolse opvang']")).ToHaveCountAsync(1);
        await trefwoorden.FillAsync("kinderopvang, buitenschoolse opvang");
        await trefwoorden.PressAsync("Escape"); // closes the suggestion list (a text box: Escape keeps the text)
        await page.GetByLabel("Minstens één trefwoord (OF)").CheckAsync();
        await Accessibility.ScreenshotAsync(page, "09-advanced-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("modus=or"));

        var names = await page.Locator("ol.hits h3").AllTextContentsAsync();
        Assert.Equal(["Buitenschoolse opvang De Sprong", "Kinderdagverblijf Het Klavertje", "Kinderopvang De Speelboom"], names.Order());
        await Accessibility.AssertNoViolationsAsync(page, "the advanced search with results");
        await Accessibility.ScreenshotAsync(page, "10-advanced-results");

        // The criteria in words above the results; the form folded, opened to change them.
        await Assertions.Expect(page.Locator("ul.criteria")).ToContainTextAsync("Trefwoorden (minstens één trefwoord (of)): kinderopvang, buitenschoolse opvang");
        await Assertions.Expect(page.GetByLabel("Alle trefwoorden (EN)")).ToBeHiddenAsync();
        await page.GetByText("Zoekcriteria aanpassen").ClickAsync();

        // The same with AND: no organisation has both trefwoorden.
        await page.GetByLabel("Alle trefwoorden (EN)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("modus=and"));
        await Assertions.Expect(page.Locator(".result-count")).ToContainTextAsync("Geen resultaten");
    }

    [Fact]
    public async Task advanced_results_come_first_on_a_phone_sorted_and_on_the_map()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync("/uitgebreid-zoeken?rubriek=10.07&provincie=40000");
        var first = page.Locator("ol.hits li").First;
        await Assertions.Expect(first).ToBeInViewportAsync(); // the form is folded above the results
        await page.GetByLabel("Sorteer op").SelectOptionAsync("naam"); // applied on change
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("sorteer=naam"));
        var names = (await page.Locator("ol.hits h3").AllTextContentsAsync()).ToList();
        Assert.True(names.Count >= 2, "too few results to see the order");
        Assert.Equal(names.OrderBy(n => n, StringComparer.Create(new System.Globalization.CultureInfo("nl-BE"), true)).ToList(), names);
        await page.GetByRole(AriaRole.Link, new() { Name = "Toon de resultaten op een kaart" }).ClickAsync();
        var results = await page.Locator("ol.hits > li").CountAsync();
        await Assertions.Expect(page.Locator("#kaart path.leaflet-interactive")).ToHaveCountAsync(results); // every result's point
        Assert.Contains("sorteer=naam", page.Url);
        Assert.Contains("rubriek=10.07", page.Url);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "sideways scroll at 390 px");
        await Accessibility.AssertNoViolationsAsync(page, "the advanced results with the map on a phone");
    }

    [Fact]
    public async Task typing_suggests_organisation_names_and_places()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Wie of wat zoek je?").PressSequentiallyAsync("Kinderop");
        await Assertions.Expect(page.Locator("#q-suggesties option[value='Kinderopvang De Speelboom']")).ToHaveCountAsync(1);
        await page.GetByLabel("Waar?").PressSequentiallyAsync("Gentbr");
        await Assertions.Expect(page.Locator("#waar-suggesties option[value='Gentbrugge']")).ToHaveCountAsync(1);
    }

    /// <summary>Every public page, as a visitor reaches it without signing in.</summary>
    private IEnumerable<(string Url, string Name)> PublicPages()
    {
        var fiche = $"/organisatie/{site.Fiches["Kinderopvang De Speelboom"]}/kinderopvang-de-speelboom";
        return
        [
            ("/", "home"), ("/zoeken?q=opvang&waar=Gent", "results"), ("/zoeken?q=paardentherapie&waar=Gent", "no-results"), (fiche, "fiche"),
            (fiche + "/wijziging", "suggestion"), ("/uitgebreid-zoeken", "advanced"), ("/uitgebreid-zoeken?rubriek=10.07", "advanced-results"),
            ("/rubrieken", "rubrieken"), ("/over", "about"), ("/contact", "contact"), ("/gebruiksvoorwaarden", "terms"),
            ("/account/aanmelden", "sign-in"), ("/account/registreren", "register"), ("/account/wachtwoord-vergeten", "forgot-password"),
            ("/account/afmelden", "sign-out"), ("/bestaat-niet", "not-found"),
        ];
    }

    [Fact]
    public async Task the_content_security_policy_blocks_nothing_the_pages_need_maps_included()
    {
        var page = await site.NewPageAsync(enforceCsp: true);
        var refused = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) refused.Add(message.Text); };
        var fiche = $"/organisatie/{site.Fiches["Kinderopvang De Speelboom"]}/kinderopvang-de-speelboom";
        foreach (var (url, name) in PublicPages().Append(("/zoeken?waar=Gentbrugge&kaart=1", "map")))
        {
            var response = await page.GotoAsync(url);
            Assert.Contains("script-src 'self'", response!.Headers["content-security-policy"]);
            if (name == "map") await Assertions.Expect(page.Locator("#kaart path.leaflet-interactive").First).ToBeAttachedAsync();
        }
        await page.GotoAsync(fiche);
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon op de kaart" }).ClickAsync(); // Leaflet loaded on demand
        await Assertions.Expect(page.Locator(".leaflet-container")).ToBeVisibleAsync();
        Assert.True(refused.Count == 0, "the policy refused:\n" + string.Join("\n", refused));
    }

    [Theory]
    [InlineData(320, 640, 1)]
    [InlineData(320, 256, 4)] // a 1280 px window at 400 % zoom (WCAG 1.4.10 Reflow)
    [InlineData(1366, 900, 1)]
    public async Task no_public_page_scrolls_sideways_and_each_passes_axe(int width, int height, float scale)
    {
        var page = await site.NewPageAsync(width, height, scale);
        foreach (var (url, name) in PublicPages())
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"the {name} page is {overflow}px wider than a {width}px screen at {scale * 100}%");
            if (scale == 1) await Accessibility.AssertNoViolationsAsync(page, $"the {name} page at {width}px");
            if (width == 320 && scale == 1) await Accessibility.ScreenshotAsync(page, $"05-{name}-320px");
        }
    }

    [Fact]
    public async Task the_rubriek_tree_the_about_and_contact_pages_pass_the_checks()
    {
        var page = await site.NewPageAsync();
        foreach (var (url, what) in new[] { ("/rubrieken", "the rubriek tree"), ("/over", "the about page"), ("/contact", "the contact page") })
        {
            await page.GotoAsync(url);
            await Accessibility.AssertNoViolationsAsync(page, what);
        }
        await Accessibility.ScreenshotAsync(page, "07-contact");
    }

    [Fact]
    public async Task the_rubriek_tree_folds_and_narrows_while_typing_on_a_phone()
    {
        var page = await site.NewPageAsync(320, 640);
        await page.GotoAsync("/rubrieken");
        var groepsopvang = page.GetByRole(AriaRole.Link, new() { Name = "Groepsopvang voor kinderen" });
        await Assertions.Expect(groepsopvang).ToBeHiddenAsync(); // folded
        await page.GetByLabel("Zoek een rubriek").FillAsync("groepsopv");
        await Assertions.Expect(groepsopvang).ToBeVisibleAsync(); // its main rubriek folded open
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Thuisverpleging", Exact = true })).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the rubriek tree scrolls sideways at 320 px");
        await Accessibility.AssertNoViolationsAsync(page, "the rubriek tree, filtered");
        await groepsopvang.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("rubriek=10.07.02"));
    }

    [Fact]
    public async Task an_unknown_address_shows_a_helpful_page_that_passes_the_checks()
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync($"/organisatie/{Guid.NewGuid()}/bestaat-niet");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pagina niet gevonden");
        await Accessibility.AssertNoViolationsAsync(page, "the 404 page");
    }
}
