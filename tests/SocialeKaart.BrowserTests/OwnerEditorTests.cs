using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SocialeKaart.BrowserTests;

/// <summary>
/// The owner's editor on a phone: an owner changes the hours (with a lunch break), adds a person and an activity and moves
/// the address, sends it all; a coordinator takes over part (all but the address); the public fiche shows
/// exactly that part.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class OwnerEditorTests(SiteServer site)
{
    [Fact]
    public async Task an_owner_edits_hours_a_person_an_activity_and_the_address_and_the_fiche_shows_exactly_the_approved_part()
    {
        var fiche = site.Fiches[SiteServer.EditedFiche];
        var ficheUrl = $"/organisatie/{fiche}/buurthuis-de-linde";
        var (ownerEmail, _) = await site.ProfessionalAsync("Ilse Janssens");
        var coordinatorEmail = await site.StaffAsync("Cor Coördinator", "coordinator");
        var owner = await site.NewPageAsync(390, 844);
        var coordinator = await site.NewPageAsync();

        // The owner claims the fiche; the coordinator approves the claim.
        await SiteServer.SignInAsync(owner, ownerEmail, "/account/aanmelden");
        await owner.GotoAsync(ficheUrl);
        await owner.GetByRole(AriaRole.Link, new() { Name = "Werk je hier? Beheer deze fiche" }).ClickAsync();
        await owner.GetByLabel("Waarom beheer jij deze fiche?").FillAsync("Ik coördineer het buurthuis.");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Beheer aanvragen" }).ClickAsync();
        await SiteServer.SignInAsync(coordinator, coordinatorEmail, "/beheer");
        await coordinator.GotoAsync("/beheer?soort=Claim");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = SiteServer.EditedFiche }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Je beslissing is bewaard");

        // Hours: Monday with a lunch break, closed at Christmas.
        await owner.GotoAsync("/mijn");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Wijziging voorbereiden" }).ClickAsync();
        await owner.GetByRole(AriaRole.Link, new() { Name = "Openingsuren wijzigen" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(owner, "the hours editor");
        await Accessibility.ScreenshotAsync(owner, "14-editor-hours");
        var monday = owner.Locator("fieldset.day").First;
        await monday.GetByLabel("Van", new() { Exact = true }).FillAsync("09:00");
        await monday.GetByLabel("tot", new() { Exact = true }).First.FillAsync("12:00");
        await monday.GetByLabel("en van", new() { Exact = true }).FillAsync("13:00");
        await monday.GetByLabel("tot", new() { Exact = true }).Nth(1).FillAsync("17:00");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Uren bewaren in je ontwerp" }).ClickAsync();
        await Assertions.Expect(owner.GetByRole(AriaRole.Status)).ToContainTextAsync("Je ontwerp is bewaard");
        await Assertions.Expect(owner.Locator("main")).ToContainTextAsync("Open op 1 dag per week.");

        // A person, with a mistake first: the message sits beside the field, the summary takes the focus.
        await owner.GetByRole(AriaRole.Link, new() { Name = "Contactpersonen wijzigen" }).ClickAsync();
        await owner.Locator("#persons-0-name").FillAsync("Ilse Janssens");
        await owner.Locator("#persons-0-email").FillAsync("ilse(at)delinde");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Personen bewaren in je ontwerp" }).ClickAsync();
        await Assertions.Expect(owner.Locator("#fouten")).ToBeFocusedAsync();
        await Assertions.Expect(owner.Locator("#persons-0-email")).ToHaveAttributeAsync("aria-invalid", "true");
        await Accessibility.AssertNoViolationsAsync(owner, "the persons editor with an error");
        await owner.Locator("#persons-0-email").FillAsync("ilse@delinde.example");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Personen bewaren in je ontwerp" }).ClickAsync();
        await Assertions.Expect(owner.GetByRole(AriaRole.Status)).ToContainTextAsync("Je ontwerp is bewaard");

        // An activity of their own.
        await owner.GetByRole(AriaRole.Link, new() { Name = "Activiteiten wijzigen" }).ClickAsync();
        await owner.Locator("#activities-0-name").FillAsync("Praatcafé voor buren");
        await owner.Locator("#activities-0-description").FillAsync("Elke woensdag koffie en een babbel.");
        await Accessibility.AssertNoViolationsAsync(owner, "the activities editor");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Activiteiten bewaren in je ontwerp" }).ClickAsync();
        await Assertions.Expect(owner.Locator("main")).ToContainTextAsync("Praatcafé voor buren");

        // Every other page of the editor, and the proposal form with its rubriek and target groups, pass axe on the phone.
        var draftUrl = owner.Url.Split('?')[0];
        foreach (var (path, what) in new[] { ("naam", "the name editor"), ("werkgebied", "the working area editor"),
            ("erkenningen", "the recognitions editor"), ("rubrieken", "the rubrieken proposal"), ("trefwoorden", "the trefwoorden proposal") })
        {
            await owner.GotoAsync($"{draftUrl}/{path}");
            await Accessibility.AssertNoViolationsAsync(owner, what);
        }
        await owner.GotoAsync("/mijn/voorstel");
        await Assertions.Expect(owner.GetByLabel("Welke rubriek past het best?")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(owner, "the proposal form");
        await owner.GotoAsync(draftUrl);

        // The address moves.
        await owner.GetByRole(AriaRole.Link, new() { Name = "Adressen wijzigen" }).ClickAsync();
        await owner.Locator("#locations-0-address-street").FillAsync("Naamsestraat");
        await owner.Locator("#locations-0-address-number").FillAsync("80");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Adressen bewaren in je ontwerp" }).ClickAsync();
        await Assertions.Expect(owner.Locator("main")).ToContainTextAsync("Naamsestraat 80, 3000 Leuven");
        await Accessibility.AssertNoViolationsAsync(owner, "the draft overview");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Versturen naar de redactie" }).ClickAsync();
        await Assertions.Expect(owner.Locator("main")).ToContainTextAsync("Wacht op beslissing");

        // The coordinator takes over the hours and the person, not the address.
        await coordinator.GotoAsync("/beheer?soort=ChangeRequest");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = SiteServer.EditedFiche }).ClickAsync();
        var diff = coordinator.Locator("table.review");
        await Assertions.Expect(diff).ToContainTextAsync("Naamsestraat");
        await Assertions.Expect(diff).ToContainTextAsync("Ilse Janssens");
        await Assertions.Expect(diff).ToContainTextAsync("Praatcafé voor buren");
        foreach (var box in await coordinator.Locator("input[name=Fields]").AllAsync())
            if ((await box.GetAttributeAsync("value"))!.StartsWith("locations", StringComparison.Ordinal)) await box.UncheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Je beslissing is bewaard");
        await Assertions.Expect(coordinator.Locator("table.review")).Not.ToContainTextAsync("Conflict");

        // The public fiche: the new hours and the person, the old address.
        var citizen = await site.NewPageAsync(390, 844);
        await citizen.GotoAsync(ficheUrl);
        var main = citizen.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("Diestsestraat 12");
        await Assertions.Expect(main).Not.ToContainTextAsync("Naamsestraat");
        await Assertions.Expect(main).ToContainTextAsync("Ilse Janssens");
        await Assertions.Expect(main).ToContainTextAsync("Praatcafé voor buren");
        await Assertions.Expect(main).ToContainTextAsync(new Regex("09:00.{1,6}12:00"));
        await Assertions.Expect(main).ToContainTextAsync(new Regex("13:00.{1,6}17:00"));
    }
}
