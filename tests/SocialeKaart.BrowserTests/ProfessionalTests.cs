using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SocialeKaart.BrowserTests;

/// <summary>
/// A social worker's day in a real browser: register, confirm, sign in, keep a favourite with a private note, save a
/// search, ask for an export that arrives by mail and downloads, and print a referral sheet.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ProfessionalTests(SiteServer site)
{
    [Fact]
    public async Task a_professional_keeps_a_favourite_a_note_and_a_search_and_downloads_an_export_from_the_mail()
    {
        var email = $"sofie.{Guid.NewGuid():N}@example.be";
        var page = await site.NewPageAsync();

        await page.GotoAsync("/account/registreren");
        await page.GetByLabel("Je naam").FillAsync("Sofie Maatschappelijk Werker");
        await page.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(SiteServer.Password);
        await page.Locator("#acceptTerms").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("we stuurden je een mail");
        await page.GotoAsync(await SiteServer.VerificationLinkAsync(email));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bevestig mijn e-mailadres" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/mijn$"));
        // The header's sign-out (a form with its antiforgery token) really signs out.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Account" }).GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Account" }).GetByRole(AriaRole.Link, new() { Name = "Aanmelden" })).ToBeVisibleAsync();
        await page.GotoAsync("/mijn");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/aanmelden"));
        await page.GotoAsync("/account/aanmelden");
        await page.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(SiteServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Werkmap" })).ToBeVisibleAsync();

        // A favourite and a private note on the fiche page.
        var fiche = site.Fiches["Kinderopvang De Speelboom"];
        await page.GotoAsync($"/organisatie/{fiche}/kinderopvang-de-speelboom");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaar als favoriet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Favoriet (verwijderen)" })).ToBeVisibleAsync();
        await page.GetByLabel("Persoonlijke commentaar").FillAsync("Vraag naar Els; wachtlijst van drie maanden.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Commentaar bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Persoonlijke commentaar")).ToHaveValueAsync("Vraag naar Els; wachtlijst van drie maanden.");
        await Accessibility.AssertNoViolationsAsync(page, "the fiche page with the workspace panel");
        await Accessibility.ScreenshotAsync(page, "13-fiche-with-note");

        // A search, saved and exported.
        await page.GotoAsync("/zoeken?q=kinderopvang&waar=Gentbrugge");
        await page.GetByText("Bewaren of exporteren").ClickAsync();
        await page.GetByLabel("Naam voor deze zoekopdracht").FillAsync("Opvang Gentbrugge");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoekopdracht bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "bewaard" })).ToContainTextAsync("Opvang Gentbrugge");
        Assert.DoesNotContain("handler=", page.Url); // redirected to the search's own, shareable address
        Assert.Contains("waar=Gentbrugge", page.Url);
        await page.GetByText("Bewaren of exporteren").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Exporteren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "export" })).ToContainTextAsync("Je krijgt een mail");
        Assert.DoesNotContain("handler=", page.Url);

        var link = await SiteServer.MailedLinkAsync(email, "/werkmap/export/");
        var download = await page.RunAndWaitForDownloadAsync(async () =>
        {
            try { await page.GotoAsync(link); }
            catch (PlaywrightException) { /* a download is not a page: the navigation is reported as aborted */ }
        });
        Assert.Matches(@"^sociale-kaart-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("Kinderopvang De Speelboom;Brusselsesteenweg", Encoding.UTF8.GetString(bytes));

        // The werkmap: everything is there; the saved search runs again; a referral sheet with the note.
        await page.GotoAsync("/werkmap");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Vraag naar Els");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opnieuw uitvoeren: Opvang Gentbrugge" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("vindt nu");
        await Accessibility.AssertNoViolationsAsync(page, "the werkmap");
        await Accessibility.ScreenshotAsync(page, "14-werkmap");
        await page.GetByLabel("Kinderopvang De Speelboom").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verwijsbrief maken met de aangevinkte" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Waar kan je terecht?");
        await Assertions.Expect(page.Locator(".referral-note")).ToContainTextAsync("wachtlijst van drie maanden");
        await Accessibility.AssertNoViolationsAsync(page, "the referral sheet");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Accessibility.ScreenshotAsync(page, "15-referral-sheet-print");
    }
}
