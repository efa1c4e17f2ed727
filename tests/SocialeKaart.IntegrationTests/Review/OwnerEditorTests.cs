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
    private Guid _fiche;
    private People.Person? _coordinator;

    private async Task<(Guid Request, People.Person Owner)> DraftAsync(string? operation = null)
    {
        var fiche = _fiche = await Host.Register("Buurtwerk De Brug");
        if (operation is not null)
            await Host.Change(fiche, "content", new { content = new { generalOperation = operation, targetGroup = new { tags = Array.Empty<string>() }, languages = new[] { "nl" } }, version = 1 });
        var owner = await App.SignUpAsync("Ilse Janssens");
        var coordinator = _coordinator = await App.SignUpAsync("Cor Coördinator", "coordinator");
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
    public async Task activities_are_added_on_their_page_and_published_once_approved_while_their_rubrieken_stay_the_editors()
    {
        var (request, owner) = await DraftAsync();
        var empty = await (await Host.Scenario(x => { x.Get.Url($"/mijn/wijziging/{request}/activiteiten"); x.As(owner); })).ReadAsTextAsync();
        Assert.Contains("<legend>Nieuwe activiteit</legend>", empty);
        var nameless = await (await Save(owner, request, "activiteiten", new() { ["Activities[0].Description"] = "Elke dinsdag." }, 400)).ReadAsTextAsync();
        Assert.Contains("href=\"#activities-0-name\">Activiteit 1, naam:", nameless);
        await Save(owner, request, "activiteiten", new()
        {
            ["Activities[0].Name"] = "Praatgroep rouw", ["Activities[0].Description"] = "Elke dinsdagavond, samen met lotgenoten.",
            ["Activities[1].Name"] = "", ["Activities[1].Description"] = "",
        }, 302);
        var overview = await (await Host.Scenario(x => { x.Get.Url($"/mijn/wijziging/{request}"); x.As(owner); })).ReadAsTextAsync();
        Assert.Contains("Praatgroep rouw", overview);

        // Through the API, an owner cannot classify: a new activity with a rubriek is refused, naming the field.
        var classified = new[] { new { name = "Praatgroep rouw", description = "Elke dinsdagavond.", rubrieken = new[] { "10" } } };
        var refused = await Host.Send(owner, "PUT", $"/api/change-requests/{request}/draft/activities", new { value = classified }, 400);
        Assert.True(refused.TryGetProperty("errors", out var errors) && errors.TryGetProperty("activities[0].rubrieken", out _), refused.GetRawText());

        await Host.Send(owner, "POST", $"/api/change-requests/{request}/submit", new { note = (string?)null }, 204);
        await Host.Send(_coordinator!, "POST", $"/api/change-requests/{request}/approve", new { fields = (string[]?)null, overrideConflicts = false, note = (string?)null }, 200);
        var fiche = await Host.Send(_coordinator!, "GET", $"/api/fiches/{_fiche}", null, 200);
        var published = fiche.GetProperty("activities").EnumerateArray().Single();
        Assert.Equal("Praatgroep rouw", published.GetProperty("name").GetString());
        Assert.Empty(published.GetProperty("rubrieken").EnumerateArray());
    }

    [Fact]
    public async Task the_working_area_is_named_as_people_name_places_and_a_place_that_is_none_suggests_the_one_meant()
    {
        var (request, owner) = await DraftAsync();
        var typo = await (await Save(owner, request, "werkgebied", new() { ["Areas[0].Kind"] = "VisitsAtHomeIn", ["Areas[0].Place"] = "Gentbrugg" }, 400)).ReadAsTextAsync();
        Assert.Contains("Bedoelde je Gentbrugge", typo);
        Assert.Contains("href=\"#areas-0-place\">Gebied 1:", typo);
        await Save(owner, request, "werkgebied", new()
        {
            ["Areas[0].Kind"] = "EstablishedIn", ["Areas[0].Place"] = "Gent", ["Areas[1].Kind"] = "VisitsAtHomeIn", ["Areas[1].Place"] = "9820",
        }, 302);
        Assert.Contains(Units(await DraftOf(request, owner)), u => u.StartsWith("workingArea", StringComparison.Ordinal));
        var again = await (await Host.Scenario(x => { x.Get.Url($"/mijn/wijziging/{request}/werkgebied"); x.As(owner); })).ReadAsTextAsync();
        Assert.Contains("value=\"Gent\"", again);
        var overview = await (await Host.Scenario(x => { x.Get.Url($"/mijn/wijziging/{request}"); x.As(owner); })).ReadAsTextAsync();
        Assert.Contains("2 gebieden", overview);
    }

    [Fact]
    public async Task recognitions_with_dates_as_people_type_them_and_an_end_before_the_start_refused()
    {
        var (request, owner) = await DraftAsync();
        var noDate = await (await Save(owner, request, "erkenningen", new()
        {
            ["Recognitions[0].Authority"] = "Agentschap Opgroeien", ["Recognitions[0].Type"] = "Kinderopvang", ["Recognitions[0].ValidFrom"] = "volgend jaar",
        }, 400)).ReadAsTextAsync();
        Assert.Contains("Dit is geen datum", noDate);
        var backwards = await (await Save(owner, request, "erkenningen", new()
        {
            ["Recognitions[0].Authority"] = "Agentschap Opgroeien", ["Recognitions[0].Type"] = "Kinderopvang",
            ["Recognitions[0].ValidFrom"] = "01/01/2027", ["Recognitions[0].ValidTo"] = "2026-01-01",
        }, 400)).ReadAsTextAsync();
        Assert.Contains("De einddatum ligt voor de begindatum.", backwards);
        Assert.Contains("href=\"#recognitions-0-validTo\"", backwards);
        await Save(owner, request, "erkenningen", new()
        {
            ["Recognitions[0].Authority"] = "Agentschap Opgroeien", ["Recognitions[0].Type"] = "Kinderopvang", ["Recognitions[0].Number"] = "KO-123",
            ["Recognitions[0].ValidFrom"] = "1/1/2026",
        }, 302);
        var again = await (await Host.Scenario(x => { x.Get.Url($"/mijn/wijziging/{request}/erkenningen"); x.As(owner); })).ReadAsTextAsync();
        Assert.Contains("value=\"2026-01-01\"", again);
        Assert.Contains(Units(await DraftOf(request, owner)), u => u.StartsWith("recognitions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task rubrieken_and_trefwoorden_are_proposals_the_coordinator_takes_over_one_by_one()
    {
        var (request, owner) = await DraftAsync();
        var page = await (await Host.Scenario(x => { x.Get.Url($"/mijn/wijziging/{request}/rubrieken"); x.As(owner); })).ReadAsTextAsync();
        Assert.Contains("<option value=\"10.07.02\">", page);
        await Save(owner, request, "rubrieken", new() { ["Add"] = "10.07.02" }, 302);
        var overview = await (await Host.Scenario(x => { x.Get.Url($"/mijn/wijziging/{request}"); x.As(owner); })).ReadAsTextAsync();
        Assert.Contains("Groepsopvang voor kinderen", overview); // the overview names the proposed rubriek
        var retired = await (await Save(owner, request, "rubrieken", new() { ["Keep"] = "10.07.02", ["Add"] = "99.99" }, 400)).ReadAsTextAsync();
        Assert.Contains("Rubriek &#x27;99.99&#x27; bestaat niet", retired);

        var unknown = await (await Save(owner, request, "trefwoorden", new() { ["Added[0]"] = "crèche", ["Added[1]"] = "paardentherapie" }, 400)).ReadAsTextAsync();
        Assert.Contains("href=\"#added-1\">Nieuw trefwoord 2:", unknown);
        await Save(owner, request, "trefwoorden", new() { ["Added[0]"] = "crèche" }, 302); // a synonym: stored as its term

        await Host.Send(owner, "POST", $"/api/change-requests/{request}/submit", new { note = "Wij zijn een kinderdagverblijf." }, 204);
        await Host.Send(_coordinator!, "POST", $"/api/change-requests/{request}/approve",
            new { fields = new[] { "trefwoorden" }, overrideConflicts = false, note = "De rubriek bekijken we nog." }, 200);
        var fiche = await Host.Send(_coordinator!, "GET", $"/api/fiches/{_fiche}", null, 200);
        Assert.Equal(["kinderopvang"], fiche.GetProperty("trefwoorden").EnumerateArray().Select(t => t.GetString()));
        Assert.Empty(fiche.GetProperty("rubrieken").EnumerateArray());
    }

    [Fact]
    public async Task the_name_and_other_names_are_edited_and_a_wrong_kbo_number_is_refused_beside_its_input()
    {
        var (request, owner) = await DraftAsync();
        var wrong = await (await Save(owner, request, "naam", new() { ["Name"] = "Buurtwerk De Brug", ["EnterpriseNumber"] = "0123.456.789" }, 400)).ReadAsTextAsync();
        Assert.Contains("href=\"#identity-enterpriseNumber\">Ondernemingsnummer:", wrong);
        var nameless = await (await Save(owner, request, "naam", new() { ["Name"] = " " }, 400)).ReadAsTextAsync();
        Assert.Contains("href=\"#identity-name\">Naam van de organisatie:", nameless);
        await Save(owner, request, "naam", new() { ["Name"] = "Buurtwerk De Brug vzw", ["OtherNames[0]"] = "De Brug" }, 302);
        Assert.Contains("identity.name", Units(await DraftOf(request, owner)));
        var overview = await (await Host.Scenario(x => { x.Get.Url($"/mijn/wijziging/{request}"); x.As(owner); })).ReadAsTextAsync();
        Assert.Contains("Buurtwerk De Brug vzw", overview);
        Assert.DoesNotContain("Snel aanpassen", overview); // one way to edit each field: its section's page
    }

    [Fact]
    public async Task a_long_text_is_reviewed_word_by_word()
    {
        const string before = "Elke dinsdag kan je zonder afspraak langskomen voor een gesprek over je budget of je huur.";
        var (request, owner) = await DraftAsync(before);
        await Save(owner, request, "werking", new() { ["GeneralOperation"] = before.Replace("dinsdag", "woensdag"), ["Languages[0]"] = "nl" }, 302);
        await Host.Send(owner, "POST", $"/api/change-requests/{request}/submit", new { note = (string?)null }, 204);
        var review = await (await Host.Scenario(x => { x.Get.Url($"/beheer/{request}"); x.As(_coordinator!); })).ReadAsTextAsync();
        Assert.Contains("Elke <del>dinsdag</del> kan je", review);
        Assert.Contains("Elke <ins>woensdag</ins> kan je", review);
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
