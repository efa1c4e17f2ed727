using Marten.Events;
using System.Text.Json;
using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Directory;

/// <summary>Each section of a fiche end to end: command → event → the fiche served → the field-level history.</summary>
public sealed class FicheSectionTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task identity_with_abbreviation_legal_form_and_kbo_number()
    {
        var id = await Host.Register("Centrum Algemeen Welzijnswerk Oost-Vlaanderen");
        await Host.Change(id, "identity", new
        {
            identity = new { name = "Centrum Algemeen Welzijnswerk Oost-Vlaanderen", shortName = "CAW", otherNames = new[] { "CAW Oost-Vlaanderen" }, legalForm = "vzw", enterpriseNumber = "BE 0411 081 347" },
            reason = "Gegevens uit de KBO", version = 1,
        });

        var identity = (await Host.Fiche(id)).GetProperty("identity");
        Assert.Equal("CAW", identity.GetProperty("shortName").GetString());
        Assert.Equal("0411.081.347", identity.GetProperty("enterpriseNumber").GetString());
        var entry = await Host.LastHistoryEntry(id);
        Assert.Equal("identity_changed", entry.GetProperty("type").GetString());
        Assert.Equal("Gegevens uit de KBO", entry.GetProperty("reason").GetString());
        Assert.Equal(["identity.enterpriseNumber", "identity.legalForm", "identity.otherNames[0]", "identity.shortName"], entry.ChangedFields());
        var kbo = entry.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "identity.enterpriseNumber");
        Assert.Equal(JsonValueKind.Null, kbo.GetProperty("before").ValueKind);
        Assert.Equal("0411.081.347", kbo.GetProperty("after").GetString());
    }

    [Fact]
    public async Task locations_resolve_the_municipality_from_the_postcode_and_keep_their_ids()
    {
        var id = await Host.Register();
        var first = (await Host.Fiche(id)).GetProperty("locations")[0].GetProperty("id").GetGuid();
        await Host.Change(id, "locations", new
        {
            locations = new object[]
            {
                new { id = first, name = "Onthaal Gent", address = new { street = "Kortrijksesteenweg", number = "83", postcode = "9000", municipality = "Gent" }, accessibility = "Rolstoeltoegankelijk" },
                new { name = "Antenne Gentbrugge", address = new { street = "Brusselsesteenweg", number = "200", postcode = "9050", municipality = "GENTBRUGGE" }, point = new { lat = 51.037, lon = 3.76 } },
            },
            version = 1,
        });

        var locations = (await Host.Fiche(id)).GetProperty("locations");
        Assert.Equal(2, locations.GetArrayLength());
        Assert.Equal(first, locations[0].GetProperty("id").GetGuid());
        Assert.Equal("Gentbrugge", locations[1].GetProperty("address").GetProperty("locality").GetString());
        Assert.Equal("44021", locations[1].GetProperty("address").GetProperty("municipalityNis").GetString());
        Assert.Equal(51.037, locations[1].GetProperty("point").GetProperty("lat").GetDouble());
        var fields = (await Host.LastHistoryEntry(id)).ChangedFields().ToList();
        Assert.Contains("locations[0].accessibility", fields);
        Assert.Contains("locations[1].address.locality", fields);
    }

    [Fact]
    public async Task contact_details_with_labelled_phones_e_mails_website_and_links()
    {
        var id = await Host.Register();
        await Host.Change(id, "contact", new
        {
            contact = new
            {
                phones = new[] { new { label = "Onthaal", number = "09 265 04 00" }, new { label = "Crisislijn", number = "0800 123 45" } },
                emails = new[] { new { label = (string?)null, address = "onthaal@cawoostvlaanderen.be" } },
                website = "https://www.cawoostvlaanderen.be",
                links = new[] { new { label = "Facebook", url = "https://www.facebook.com/cawoostvlaanderen" } },
            },
            version = 1,
        });

        var contact = (await Host.Fiche(id)).GetProperty("contact");
        Assert.Equal("Crisislijn", contact.GetProperty("phones")[1].GetProperty("label").GetString());
        Assert.Equal("onthaal@cawoostvlaanderen.be", contact.GetProperty("emails")[0].GetProperty("address").GetString());
        var entry = await Host.LastHistoryEntry(id);
        Assert.Equal("contact_details_changed", entry.GetProperty("type").GetString());
        Assert.Contains("contact.website", entry.ChangedFields());
        Assert.Contains("contact.phones[0].label", entry.ChangedFields());
        Assert.DoesNotContain("contact.phones[0].number", entry.ChangedFields());
    }

    [Fact]
    public async Task content_with_target_group_tags_and_languages()
    {
        var id = await Host.Register();
        await Host.Change(id, "content", new
        {
            content = new
            {
                generalOperation = "Het CAW helpt bij vragen over relaties, geld, wonen en geweld.",
                tasks = "Onthaal, begeleiding, crisisopvang.",
                targetGroup = new { tags = new[] { "volwassenen", "jongeren" }, description = "Iedereen vanaf 12 jaar" },
                registration = "Zonder afspraak tijdens de onthaaluren.",
                cost = "Gratis",
                languages = new[] { "nl", "fr", "en" },
            },
            version = 1,
        });

        var content = (await Host.Fiche(id)).GetProperty("content");
        Assert.Equal(["volwassenen", "jongeren"], content.GetProperty("targetGroup").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Gratis", content.GetProperty("cost").GetString());
        Assert.Contains("content.languages[2]", (await Host.LastHistoryEntry(id)).ChangedFields());
    }

    [Fact]
    public async Task opening_hours_with_exceptions_and_telephone_hours()
    {
        var id = await Host.Register();
        await Host.Change(id, "opening-hours", new
        {
            schedules = new object[]
            {
                new
                {
                    kind = "openingHours", weekly = new[]
                    {
                        new { day = "Monday", opens = "09:00", closes = "12:00", byAppointment = false },
                        new { day = "Monday", opens = "13:00", closes = "17:00", byAppointment = false },
                        new { day = "Thursday", opens = "17:00", closes = "19:00", byAppointment = true },
                    },
                    exceptions = new[] { new { from = "2026-12-24", to = "2027-01-01", closed = true, slots = Array.Empty<object>(), note = "Kerstvakantie" } },
                    onlyByAppointment = false,
                },
                new { kind = "telephoneHours", weekly = new[] { new { day = "Tuesday", opens = "09:00", closes = "11:00", byAppointment = false } }, exceptions = Array.Empty<object>(), onlyByAppointment = false },
            },
            version = 1,
        });

        var schedules = (await Host.Fiche(id)).GetProperty("schedules");
        Assert.Equal(2, schedules.GetArrayLength());
        Assert.Equal("Kerstvakantie", schedules[0].GetProperty("exceptions")[0].GetProperty("note").GetString());
        Assert.True(schedules[0].GetProperty("weekly")[2].GetProperty("byAppointment").GetBoolean());
        Assert.Equal("opening_hours_changed", (await Host.LastHistoryEntry(id)).GetProperty("type").GetString());

        // 23 November 2026 is a Monday; 24 December falls in the Christmas closure.
        var open = await (await Host.Scenario(x => x.Get.Url("/api/fiches/" + id + "/open-now?at=2026-11-23T10:00:00%2B01:00"))).Json();
        Assert.True(open.GetProperty("open").GetBoolean());
        Assert.Equal("Nu open tot 12:00", open.GetProperty("label").GetString());
        var christmas = await (await Host.Scenario(x => x.Get.Url("/api/fiches/" + id + "/open-now?at=2026-12-28T10:00:00%2B01:00"))).Json();
        Assert.False(christmas.GetProperty("open").GetBoolean());
        Assert.StartsWith("Gesloten (Kerstvakantie)", christmas.GetProperty("label").GetString());
        var phone = await (await Host.Scenario(x => x.Get.Url("/api/fiches/" + id + "/open-now?at=2026-11-24T10:00:00%2B01:00&kind=telephoneHours"))).Json();
        Assert.True(phone.GetProperty("open").GetBoolean());
    }

    [Fact]
    public async Task recognitions_and_administrative_information()
    {
        var id = await Host.Register();
        await Host.Change(id, "recognitions", new
        {
            recognitions = new[] { new { authority = "Agentschap Opgroeien", type = "Vergunning groepsopvang", number = "KO-12345", validFrom = "2020-01-01", validTo = "2029-12-31" } },
            administrativeInfo = "Erkend voor 18 plaatsen.",
            version = 1,
        });

        var fiche = await Host.Fiche(id);
        Assert.Equal("KO-12345", fiche.GetProperty("recognitions")[0].GetProperty("number").GetString());
        Assert.Equal("Erkend voor 18 plaatsen.", fiche.GetProperty("administrativeInfo").GetString());
    }

    [Fact]
    public async Task persons_get_ids_and_their_details_show_in_the_history()
    {
        var id = await Host.Register();
        await Host.Change(id, "persons", new
        {
            persons = new[] { new { name = "An Peeters", function = "Coördinator", phone = "09 265 04 11", email = "an.peeters@caw.be" } },
            version = 1,
        });

        var person = (await Host.Fiche(id)).GetProperty("persons")[0];
        Assert.NotEqual(Guid.Empty, person.GetProperty("id").GetGuid());
        Assert.Equal("Coördinator", person.GetProperty("function").GetString());
        Assert.Contains("persons[0].name", (await Host.LastHistoryEntry(id)).ChangedFields());
    }

    [Fact]
    public async Task a_health_practice_lists_disciplines_and_care_providers()
    {
        var id = await Host.Register("Wijkgezondheidscentrum Botermarkt");
        await Host.Change(id, "health-practice", new
        {
            practice = new
            {
                disciplines = new[]
                {
                    new { name = "Huisarts", providers = new[] { new { name = "Dr. Lotte Claes", rizivNumber = (string?)"1-23456-78-901" } } },
                    new { name = "Verpleegkundige", providers = new[] { new { name = "Pieter Maes", rizivNumber = (string?)null } } },
                },
            },
            version = 1,
        });

        var disciplines = (await Host.Fiche(id)).GetProperty("healthPractice").GetProperty("disciplines");
        Assert.Equal("Dr. Lotte Claes", disciplines[0].GetProperty("providers")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task a_working_area_covers_the_municipalities_of_its_areas()
    {
        var id = await Host.Register();
        await Host.Change(id, "working-area", new
        {
            workingArea = new
            {
                areas = new object[]
                {
                    new { kind = "establishedIn", placeKind = "municipality", code = "44021" },
                    new { kind = "visitsAtHomeIn", placeKind = "eerstelijnszone", code = "elz12" },
                },
            },
            version = 1,
        });

        var area = (await Host.Fiche(id)).GetProperty("workingArea");
        Assert.Equal(2, area.GetProperty("areas").GetArrayLength());
        Assert.Equal(["44021", "71002", "71016", "71067", "72004", "72042"], area.GetProperty("municipalityNisCodes").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("working_area_changed", (await Host.LastHistoryEntry(id)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task a_parent_organisation_makes_a_hierarchy_and_parents_are_answerable()
    {
        var mother = await Host.Register("CAW Oost-Vlaanderen");
        var branch = await Host.Register("CAW Oost-Vlaanderen, Jongerenaanspreekpunt Gent");
        await Host.Change(branch, "parent", new { parentId = mother, version = 1 });

        Assert.Equal(mother, (await Host.Fiche(branch)).GetProperty("parentId").GetGuid());
        await Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
        var parents = await (await Host.Scenario(x => x.Get.Url("/api/fiches?onlyParents=true"))).Json();
        Assert.Equal(["CAW Oost-Vlaanderen"], parents.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task closing_temporarily_reopening_and_marking_defunct()
    {
        var id = await Host.Register();
        await Host.Change(id, "close-temporarily", new { until = "2099-01-31", reason = "Verbouwingen", version = 1 }, method: "POST");
        var fiche = await Host.Fiche(id);
        Assert.Equal("TemporarilyClosed", fiche.GetProperty("status").GetString());
        Assert.Equal("Verbouwingen", fiche.GetProperty("statusNote").GetString());

        await Host.Change(id, "reopen", new { version = 2 }, method: "POST");
        Assert.Equal("Active", (await Host.Fiche(id)).GetProperty("status").GetString());
        await Host.Change(id, "reopen", new { version = 3 }, expectedStatus: 409, method: "POST");

        await Host.Change(id, "mark-defunct", new { reason = "Fusie met een andere organisatie", version = 3 }, method: "POST");
        Assert.Equal("Defunct", (await Host.Fiche(id)).GetProperty("status").GetString());
        Assert.Equal(["status", "statusNote"], (await Host.LastHistoryEntry(id)).ChangedFields());
    }

    [Fact]
    public async Task verifying_sets_verified_at_without_counting_as_a_content_change()
    {
        var id = await Host.Register();
        var before = (await Host.Fiche(id)).GetProperty("lastChangedAt").GetDateTimeOffset();
        await Host.Change(id, "verify", new { note = "Telefonisch bevestigd", version = 1 }, method: "POST");

        var fiche = await Host.Fiche(id);
        Assert.Equal(before, fiche.GetProperty("lastChangedAt").GetDateTimeOffset());
        Assert.True(fiche.GetProperty("verifiedAt").GetDateTimeOffset() >= before);
        Assert.Equal("Test Coördinator", fiche.GetProperty("verifiedBy").GetProperty("name").GetString());
    }

    [Fact]
    public async Task a_change_that_changes_nothing_writes_no_event()
    {
        var id = await Host.Register();
        var contact = (await Host.Fiche(id)).GetProperty("contact");
        var answer = await (await Host.Change(id, "contact", new { contact, version = 1 })).Json();

        Assert.Equal(1, answer.GetProperty("version").GetInt32());
        var history = await (await Host.Scenario(x => { x.Get.Url($"/api/fiches/{id}/history"); x.As(TestUsers.Auditor); })).Json();
        Assert.Equal(1, history.GetArrayLength());
    }
}
