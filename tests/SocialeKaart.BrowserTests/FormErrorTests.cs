using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SocialeKaart.BrowserTests;

/// <summary>A form that comes back with problems says which fields, links to each, and starts there (issue 12).</summary>
[Collection(SiteCollection.Name)]
public sealed class FormErrorTests(SiteServer site)
{
    [Fact]
    public async Task a_registration_with_problems_names_each_field_and_takes_the_focus()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync("/account/registreren");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();

        var summary = page.Locator("#fouten");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Je naam: ") })).ToBeVisibleAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Wachtwoord: ") })).ToBeVisibleAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Gebruiksvoorwaarden: ") })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Je naam")).ToHaveAttributeAsync("aria-invalid", "true");
        await Accessibility.AssertNoViolationsAsync(page, "the registration with problems");

        await summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Je naam: ") }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Je naam")).ToBeFocusedAsync();
    }
}
