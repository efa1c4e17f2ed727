using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SocialeKaart.BrowserTests;

/// <summary>
/// One claim and one change request through the back office, in a real browser: an owner registers, confirms the mail,
/// claims a fiche and proposes a change; a coordinator approves both; the public fiche shows the change.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class BackOfficeTests(SiteServer site)
{
    [Fact]
    public async Task a_claim_and_a_change_request_go_through_the_back_office_to_the_public_fiche()
    {
        var fiche = site.Fiches["Kinderdagverblijf Het Klavertje"];
        var ownerEmail = $"an.{Guid.NewGuid():N}@example.be";
        var owner = await site.NewPageAsync(390, 844);

        // The owner makes an account and confirms the address with the link from the mail.
        await owner.GotoAsync("/account/registreren");
        await owner.GetByLabel("Je naam").FillAsync("An Peeters");
        await owner.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync(ownerEmail);
        await owner.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(SiteServer.Password);
        await owner.Locator("#acceptTerms").CheckAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).ClickAsync();
        await Assertions.Expect(owner.GetByRole(AriaRole.Status)).ToContainTextAsync("we stuurden je een mail");
        await owner.GotoAsync(await SiteServer.VerificationLinkAsync(ownerEmail));
        await owner.GetByRole(AriaRole.Button, new() { Name = "Bevestig mijn e-mailadres" }).ClickAsync();
        await Assertions.Expect(owner).ToHaveURLAsync(new Regex("/mijn$"));

        // ... and asks to manage the fiche, from the fiche page.
        await owner.GotoAsync($"/organisatie/{fiche}/kinderdagverblijf-het-klavertje");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Werk je hier? Beheer deze fiche" }).ClickAsync();
        await owner.GetByLabel("Waarom beheer jij deze fiche?").FillAsync("Ik ben de verantwoordelijke van het kinderdagverblijf.");
        await Accessibility.AssertNoViolationsAsync(owner, "the claim form");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Beheer aanvragen" }).ClickAsync();
        await Assertions.Expect(owner.GetByRole(AriaRole.Status)).ToContainTextAsync("Je aanvraag is verstuurd");

        // A coordinator signs in, finds the claim in the queue and approves it.
        var coordinatorEmail = await site.StaffAsync("Cor Coördinator", "coordinator");
        var coordinator = await site.NewPageAsync();
        await coordinator.GotoAsync("/beheer");
        await coordinator.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync(coordinatorEmail);
        await coordinator.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(SiteServer.Password);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Assertions.Expect(coordinator).ToHaveURLAsync(new Regex("/beheer$"));
        await Accessibility.AssertNoViolationsAsync(coordinator, "the queue");
        await Accessibility.ScreenshotAsync(coordinator, "10-queue");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Kinderdagverblijf Het Klavertje" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("main")).ToContainTextAsync("Ik ben de verantwoordelijke van het kinderdagverblijf.");
        await coordinator.GetByLabel("Opmerking").FillAsync("Nagekeken bij het KBO.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Je beslissing is bewaard");

        // The owner prepares a change and sends it.
        await owner.GotoAsync("/mijn");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Wijziging voorbereiden" }).ClickAsync();
        await Assertions.Expect(owner).ToHaveURLAsync(new Regex("/mijn/wijziging/"));
        await owner.GetByRole(AriaRole.Link, new() { Name = "Contactgegevens wijzigen" }).ClickAsync();
        await owner.GetByLabel("Telefoonnummer 1", new() { Exact = true }).FillAsync("09 333 44 55");
        await owner.GetByLabel("Website", new() { Exact = true }).FillAsync("https://klavertje.example");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Contactgegevens bewaren in je ontwerp" }).ClickAsync();
        await Assertions.Expect(owner.GetByRole(AriaRole.Status)).ToContainTextAsync("Je ontwerp is bewaard");
        await Assertions.Expect(owner.Locator("table.review")).ToContainTextAsync("09 333 44 55");
        await Accessibility.AssertNoViolationsAsync(owner, "the draft");
        await Accessibility.ScreenshotAsync(owner, "11-draft-phone");
        // Back on "Mijn Sociale Kaart" the draft is resumed, not started again.
        await owner.GotoAsync("/mijn");
        await Assertions.Expect(owner.GetByRole(AriaRole.Button, new() { Name = "Wijziging voorbereiden" })).ToHaveCountAsync(0);
        await owner.GetByRole(AriaRole.Link, new() { Name = "Verder werken aan je ontwerp" }).ClickAsync();
        await Assertions.Expect(owner.Locator("table.review")).ToContainTextAsync("09 333 44 55");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Versturen naar de redactie" }).ClickAsync();
        await Assertions.Expect(owner.Locator("main")).ToContainTextAsync("Wacht op beslissing");

        // The coordinator sees the field-level diff and approves it; the public fiche changes.
        await coordinator.GotoAsync("/beheer?soort=ChangeRequest");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Kinderdagverblijf Het Klavertje" }).ClickAsync();
        var diff = coordinator.Locator("table.review");
        await Assertions.Expect(diff).ToContainTextAsync("09 210 10 10");
        await Assertions.Expect(diff).ToContainTextAsync("09 333 44 55");
        await Assertions.Expect(diff).ToContainTextAsync("https://klavertje.example");
        await Accessibility.AssertNoViolationsAsync(coordinator, "the review screen");
        await Accessibility.ScreenshotAsync(coordinator, "12-review-diff");
        // Part of it: the phone, not the website.
        await coordinator.GetByLabel("Contact › website overnemen").UncheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Je beslissing is bewaard");
        // The decided review tells what was taken over, and calls nothing a conflict.
        await Assertions.Expect(coordinator.Locator("table.review")).ToContainTextAsync("Niet overgenomen");
        await Assertions.Expect(coordinator.Locator("table.review")).Not.ToContainTextAsync("Conflict");
        await Accessibility.AssertNoViolationsAsync(coordinator, "the decided review");

        await owner.GotoAsync($"/organisatie/{fiche}/kinderdagverblijf-het-klavertje");
        await Assertions.Expect(owner.Locator("main")).ToContainTextAsync("09 333 44 55");
        await Assertions.Expect(owner.Locator("main")).Not.ToContainTextAsync("klavertje.example");
        // Their requests, with dates and the outcome.
        await owner.GotoAsync("/mijn");
        await Assertions.Expect(owner.Locator("table.review")).ToContainTextAsync("Gedeeltelijk goedgekeurd");
        await Accessibility.AssertNoViolationsAsync(owner, "my requests");
    }
}
