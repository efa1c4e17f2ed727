using System.Text.Json;
using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Directory;

/// <summary>Every bad section input is a 400 problem naming the field and the reason, and nothing is written.</summary>
public sealed class FicheBadInputTests(AppFixture app) : IntegrationTest(app)
{
    private async Task<(string field, string message)> Refused(Guid id, string section, object body, string method = "PUT")
    {
        var problem = await (await Host.Change(id, section, body, expectedStatus: 400, method: method)).Json();
        var errors = problem.GetProperty("errors").EnumerateObject().ToList();
        Assert.Equal(1, (await Host.Fiche(id)).GetProperty("version").GetInt32());
        var error = Assert.Single(errors);
        return (error.Name, error.Value[0].GetString()!);
    }

    private static object Address(string postcode, string municipality) =>
        new { street = "Veldstraat", number = "1", postcode, municipality };

    [Fact]
    public async Task an_invalid_or_unknown_postcode()
    {
        var id = await Host.Register();
        var (field, message) = await Refused(id, "locations", new { locations = new[] { new { address = Address("999", "Gent") } }, version = 1 });
        Assert.Equal("locations[0].address.postcode", field);
        Assert.Contains("vier cijfers", message);

        (field, message) = await Refused(id, "locations", new { locations = new[] { new { address = Address("5000", "Namen") } }, version = 1 });
        Assert.Equal("locations[0].address.postcode", field);
        Assert.Contains("5000", message);
    }

    [Fact]
    public async Task a_municipality_that_does_not_match_the_postcode()
    {
        var id = await Host.Register();
        var (field, message) = await Refused(id, "locations", new { locations = new[] { new { address = Address("9050", "Antwerpen") } }, version = 1 });
        Assert.Equal("locations[0].address.municipality", field);
        Assert.Contains("Gentbrugge", message);
    }

    [Fact]
    public async Task an_unknown_nis_code_in_the_working_area()
    {
        var id = await Host.Register();
        var (field, message) = await Refused(id, "working-area", new
        {
            workingArea = new { areas = new[] { new { kind = "establishedIn", placeKind = "municipality", code = "99999" } } },
            version = 1,
        });
        Assert.Equal("workingArea.areas[0].code", field);
        Assert.Contains("99999", message);
    }

    [Fact]
    public async Task an_enterprise_number_with_a_wrong_check_digit()
    {
        var id = await Host.Register();
        var (field, message) = await Refused(id, "identity", new { identity = new { name = "CAW", enterpriseNumber = "0411.081.348" }, version = 1 });
        Assert.Equal("identity.enterpriseNumber", field);
        Assert.Contains("controlegetal", message);
    }

    [Theory]
    [InlineData("phones", "number", "12")]
    [InlineData("emails", "address", "info@caw")]
    [InlineData("links", "url", "www.caw.be")]
    public async Task a_malformed_phone_e_mail_or_link(string list, string member, string value)
    {
        var id = await Host.Register();
        var item = new Dictionary<string, string?> { ["label"] = null, [member] = value };
        var contact = new Dictionary<string, object?> { ["phones"] = Array.Empty<object>(), ["emails"] = Array.Empty<object>(), ["links"] = Array.Empty<object>() };
        contact[list] = new[] { item };
        var (field, _) = await Refused(id, "contact", new { contact, version = 1 });
        Assert.Equal($"contact.{list}[0].{member}", field);
    }

    [Fact]
    public async Task a_malformed_website()
    {
        var id = await Host.Register();
        var (field, message) = await Refused(id, "contact", new { contact = new { phones = Array.Empty<object>(), emails = Array.Empty<object>(), website = "javascript:alert(1)", links = Array.Empty<object>() }, version = 1 });
        Assert.Equal("contact.website", field);
        Assert.Contains("https://", message);
    }

    [Fact]
    public async Task opening_hours_that_overlap()
    {
        var id = await Host.Register();
        var (field, message) = await Refused(id, "opening-hours", new
        {
            schedules = new[]
            {
                new
                {
                    kind = "openingHours", exceptions = Array.Empty<object>(), onlyByAppointment = false,
                    weekly = new[] { new { day = "Monday", opens = "09:00", closes = "12:30", byAppointment = false }, new { day = "Monday", opens = "12:00", closes = "16:00", byAppointment = false } },
                },
            },
            version = 1,
        });
        Assert.Equal("schedules[0].weekly[1]", field);
        Assert.Contains("Overlapt", message);
    }

    [Fact]
    public async Task opening_hours_that_end_before_they_start()
    {
        var id = await Host.Register();
        var (field, _) = await Refused(id, "opening-hours", new
        {
            schedules = new[] { new { kind = "openingHours", exceptions = Array.Empty<object>(), onlyByAppointment = false, weekly = new[] { new { day = "Friday", opens = "17:00", closes = "09:00", byAppointment = false } } } },
            version = 1,
        });
        Assert.Equal("schedules[0].weekly[0].closes", field);
    }

    [Fact]
    public async Task a_parent_that_would_create_a_cycle()
    {
        var top = await Host.Register("Moederorganisatie");
        var middle = await Host.Register("Regionale afdeling");
        var bottom = await Host.Register("Lokale dienst");
        await Host.Change(middle, "parent", new { parentId = top, version = 1 });
        await Host.Change(bottom, "parent", new { parentId = middle, version = 1 });

        var problem = await (await Host.Change(top, "parent", new { parentId = bottom, version = 1 }, expectedStatus: 400)).Json();
        Assert.Contains("kring", problem.GetProperty("errors").GetProperty("parentId")[0].GetString());
        Assert.Equal(JsonValueKind.Null, (await Host.Fiche(top)).GetProperty("parentId").ValueKind);

        var self = await (await Host.Change(top, "parent", new { parentId = top, version = 1 }, expectedStatus: 400)).Json();
        Assert.True(self.GetProperty("errors").TryGetProperty("parentId", out _));
    }

    [Fact]
    public async Task a_parent_that_does_not_exist()
    {
        var id = await Host.Register();
        var (field, _) = await Refused(id, "parent", new { parentId = Guid.CreateVersion7(), version = 1 });
        Assert.Equal("parentId", field);
    }

    [Fact]
    public async Task an_unknown_target_group_or_language()
    {
        var id = await Host.Register();
        var (field, _) = await Refused(id, "content", new { content = new { targetGroup = new { tags = new[] { "marsmannetjes" } }, languages = new[] { "nl" } }, version = 1 });
        Assert.Equal("content.targetGroup.tags[0]", field);
    }

    [Fact]
    public async Task a_temporary_closure_without_a_reason()
    {
        var id = await Host.Register();
        var (field, _) = await Refused(id, "close-temporarily", new { version = 1 }, method: "POST");
        Assert.Equal("reason", field);
    }
}
