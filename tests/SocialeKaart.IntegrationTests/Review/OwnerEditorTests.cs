using System.Text.Json;
using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Review;

/// <summary>
/// The owner's editor through its pages: every section it offers saves into the draft with the Directory's rules, and a
/// refused value comes back on the page beside its input, in Dutch, with nothing saved.
/// </summary>
public sealed class OwnerEditorTests(AppFixture app) : IntegrationTest(app)
{
    private async Task<(Guid Request, People.Person Owner)> DraftAsync()
    {
        var fiche = await Host.Register("Buurtwerk De Brug");
        var owner = await App.SignUpAsync("Ilse Janssens");
        var coordinator = await App.SignUpAsync("Cor Coördinator", "coordinator");
        var claim = (await Host.Send(owner, "POST", $"/api/fiches/{fiche}/claims", new { motivation = "Coördinator" }, 201)).GetProperty("id").GetGuid();
        await Host.Send(coordinator, "POST", $"/api/claims/{claim}/approve", new { note = (string?)null }, 204);
        var request = (await Host.Send(owner, "POST", $"/api/fiches/{fiche}/change-requests", null, 201)).GetProperty("id").GetGuid();
        return (request, owner);
    }

    private async Task<JsonElement> DraftOf(Guid request, People.Person owner) =>
        await Host.Send(owner, "GET", $"/api/change-requests/{request}", null, 200);

    private static List<string> Units(JsonElement review) => review.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()!).ToList();

    private Task<IScenarioResult> Save(People.Person owner, Guid request, string page, Dictionary<string, string> fields, int status) =>
        Host.PostForm(owner, $"/mijn/wijziging/{request}/{page}", $"/mijn/wijziging/{request}/{page}", fields, status);

    /// <summary>The hours form as a browser posts it: every day's slots (empty but for <paramref name="filled"/>), so list indices run on.</summary>
    private static Dictionary<string, string> Week(Dictionary<string, string> filled)
    {
        var form = new Dictionary<string, string>();
        for (var k = 0; k < 3; k++)
            for (var d = 0; d < 7; d++)
                for (var n = 0; n < 2; n++)
                    (form[$"Schedules[{k}].Days[{d}].Slots[{n}].Opens"], form[$"Schedules[{k}].Days[{d}].Slots[{n}].Closes"]) = ("", "");
        foreach (var (key, value) in filled) form[key] = value;
        return form;
    }

    [Fact]
    public async Task hours_with_a_lunch_break_and_a_holiday_are_saved_into_the_draft()
    {
        var (request, owner) = await DraftAsync();
        var page = await (await Host.Scenario(x => { x.Get.Url($"/mijn/wijziging/{request}/uren"); x.As(owner); })).ReadAsTextAsync();
        Assert.Contains("<legend>maandag</legend>", page);
        Assert.Contains("Telefonisch bereikbaar", page);

        var saved = await Save(owner, request, "uren", Week(new()
        {
            ["Schedules[0].Days[0].Slots[0].Opens"] = "9u", ["Schedules[0].Days[0].Slots[0].Closes"] = "12:00",
            ["Schedules[0].Days[0].Slots[1].Opens"] = "13.00", ["Schedules[0].Days[0].Slots[1].Closes"] = "17:00",
            ["Schedules[0].Days[2].Slots[0].Opens"] = "09:00", ["Schedules[0].Days[2].Slots[0].Closes"] = "12:00",
            ["Schedules[0].Days[2].ByAppointment"] = "true",
            ["Schedules[0].Exceptions[0].From"] = "2026-12-24", ["Schedules[0].Exceptions[0].To"] = "2026-12-26",
            ["Schedules[0].Exceptions[0].Closed"] = "true", ["Schedules[0].Exceptions[0].Note"] = "Kerstmis",
        }), 302);
        Assert.EndsWith($"/mijn/wijziging/{request}?bewaard=schedules", saved.Context.Response.Headers.Location.ToString());

        var review = await DraftOf(request, owner);
        Assert.Contains(Units(review), u => u.StartsWith("schedules", StringComparison.Ordinal));
        var again = await (await Host.Scenario(x => { x.Get.Url($"/mijn/wijziging/{request}/uren"); x.As(owner); })).ReadAsTextAsync();
        Assert.Contains("value=\"13:00\"", again);
        Assert.Contains("value=\"2026-12-24\"", again);
        Assert.Contains("value=\"Kerstmis\"", again);
        var overview = await (await Host.Scenario(x => { x.Get.Url($"/mijn/wijziging/{request}"); x.As(owner); })).ReadAsTextAsync();
        Assert.Contains("Open op 2 dagen per week.", overview);
    }

    [Fact]
    public async Task a_time_that_is_no_time_and_one_the_rules_refuse_come_back_beside_their_input()
    {
        var (request, owner) = await DraftAsync();
        var typo = await (await Save(owner, request, "uren", Week(new()
        {
            ["Schedules[0].Days[1].Slots[0].Opens"] = "negen", ["Schedules[0].Days[1].Slots[0].Closes"] = "12:00",
        }), 400)).ReadAsTextAsync();
        Assert.Contains("Geef een uur zoals 09:00 of 13:30 (niet &#x27;negen&#x27;).", typo);
        Assert.Contains("href=\"#uren-0-dag-1-slot-0-opens\">Openingsuren, dinsdag, van:", typo);

        // The Directory's own rule (closing after opening), named by the row the owner typed it in.
        var rule = await (await Save(owner, request, "uren", Week(new()
        {
            ["Schedules[0].Days[4].Slots[0].Opens"] = "14:00", ["Schedules[0].Days[4].Slots[0].Closes"] = "10:00",
        }), 400)).ReadAsTextAsync();
        Assert.Contains("href=\"#uren-0-dag-4-slot-0-closes\">Openingsuren, vrijdag, tot: Het einduur (10:00) moet na het beginuur (14:00) liggen.", rule);
        var torn = await (await Save(owner, request, "uren", new() { ["Schedules[0].Note"] = "x" }, 400)).ReadAsTextAsync();
        Assert.Contains("Het formulier kwam onvolledig aan", torn); // a post the form did not make erases nothing
        Assert.DoesNotContain(Units(await DraftOf(request, owner)), u => u.StartsWith("schedules", StringComparison.Ordinal));
    }

    [Fact]
    public async Task persons_the_address_contact_and_content_are_edited_on_their_pages()
    {
        var (request, owner) = await DraftAsync();
        await Save(owner, request, "personen", new()
        {
            ["Persons[0].Name"] = "Ilse Janssens", ["Persons[0].Function"] = "Coördinator", ["Persons[0].Email"] = "ilse@debrug.example",
        }, 302);
        var badMail = await (await Save(owner, request, "personen", new() { ["Persons[0].Name"] = "Jan", ["Persons[0].Email"] = "geen adres" }, 400)).ReadAsTextAsync();
        Assert.Contains("href=\"#persons-0-email\">Persoon 1, e-mail:", badMail);

        var badPostcode = await (await Save(owner, request, "adres", new()
        {
            ["Locations[0].Street"] = "Stationsstraat", ["Locations[0].Number"] = "12", ["Locations[0].Postcode"] = "0000", ["Locations[0].Municipality"] = "Gent",
        }, 400)).ReadAsTextAsync();
        Assert.Contains("id=\"locations-0-address-postcode\"", badPostcode);
        Assert.Contains("href=\"#locations-0-address-postcode\">", badPostcode);
        await Save(owner, request, "adres", new()
        {
            ["Locations[0].Street"] = "Stationsstraat", ["Locations[0].Number"] = "12", ["Locations[0].Postcode"] = "9000", ["Locations[0].Municipality"] = "Gent",
        }, 302);

        await Save(owner, request, "contact", new()
        {
            ["Phones[0].Value"] = "09 111 22 33", ["Phones[0].Label"] = "Onthaal", ["Phones[1].Value"] = "0470 12 34 56", ["Website"] = "https://debrug.example",
        }, 302);
        await Save(owner, request, "werking", new()
        {
            ["GeneralOperation"] = "Ontmoeting en advies in de buurt.", ["Registration"] = "Kom langs of bel.", ["CostKind"] = "Free",
            ["Languages[0]"] = "nl", ["Languages[1]"] = "fr", ["TargetGroups[0]"] = "gezinnen",
        }, 302);
        var unknown = await (await Save(owner, request, "werking", new() { ["Languages[0]"] = "xx" }, 400)).ReadAsTextAsync();
        Assert.Contains("Onbekende taalcode", unknown);

        var units = Units(await DraftOf(request, owner));
        foreach (var unit in new[] { "persons", "locations", "contact.phones", "contact.website", "content.generalOperation", "content.costKind", "content.languages" })
            Assert.Contains(units, u => u.StartsWith(unit, StringComparison.Ordinal));
        var draft = await (await Host.Scenario(x => { x.Get.Url($"/mijn/wijziging/{request}/adres"); x.As(owner); })).ReadAsTextAsync();
        Assert.Contains("value=\"Stationsstraat\"", draft);
    }

    [Fact]
    public async Task only_the_author_edits_and_only_while_it_is_a_draft()
    {
        var (request, owner) = await DraftAsync();
        var stranger = await App.SignUpAsync("Stefaan Vreemd");
        await Host.Scenario(x => { x.Get.Url($"/mijn/wijziging/{request}/uren"); x.As(stranger); x.StatusCodeShouldBe(404); });
        await Save(owner, request, "contact", new() { ["Phones[0].Value"] = "09 111 22 33" }, 302);
        await Host.Send(owner, "POST", $"/api/change-requests/{request}/submit", new { note = (string?)null }, 204);
        var sent = await Host.Scenario(x => { x.Get.Url($"/mijn/wijziging/{request}/contact"); x.As(owner); x.StatusCodeShouldBe(302); });
        Assert.Equal($"/mijn/wijziging/{request}", sent.Context.Response.Headers.Location.ToString());
    }
}
