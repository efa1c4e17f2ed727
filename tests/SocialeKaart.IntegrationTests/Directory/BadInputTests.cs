using Marten.Events;
using System.Net;
using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Directory;

public sealed class BadInputTests(AppFixture app) : IntegrationTest(app)
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task malformed_json_gets_a_problem_and_writes_nothing()
    {
        var response = await Host.PostRaw("/api/fiches", "{\"name\": \"Half", TestUsers.Coordinator);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, (await response.ReadJson()).GetProperty("status").GetInt32());
        await AssertNoFicheWasWritten();
    }

    [Fact]
    public async Task a_value_of_the_wrong_type_gets_a_problem_naming_the_field()
    {
        var response = await Host.PostRaw("/api/fiches", "{\"name\": 42, \"phone\": \"09 265 04 00\"}", TestUsers.Coordinator);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.name", (await response.ReadJson()).GetProperty("detail").GetString());
        await AssertNoFicheWasWritten();
    }

    [Fact]
    public async Task missing_required_fields_are_each_named_in_the_problem()
    {
        var result = await Host.Scenario(x =>
        {
            x.Post.Json(new { name = " ", address = new { street = "Veldstraat", postcode = "12" } }).ToUrl("/api/fiches");
            x.As(TestUsers.Coordinator);
            x.StatusCodeShouldBe(400);
            x.ContentTypeShouldBe(ProblemJson);
        });

        var errors = (await result.Json()).GetProperty("errors");
        foreach (var field in new[] { "name", "address.number", "address.municipality", "address.postcode", "phone" })
            Assert.True(errors.TryGetProperty(field, out _), $"the problem names '{field}'");
        Assert.False(errors.TryGetProperty("address.street", out _), "a valid field is not reported");
        await AssertNoFicheWasWritten();
    }

    [Fact]
    public async Task an_over_long_name_is_refused_with_the_limit()
    {
        var request = new
        {
            name = new string('a', 201),
            address = new { street = "Veldstraat", number = "1", postcode = "9000", municipality = "Gent" },
            phone = "09 123 45 67",
        };
        var result = await Host.Scenario(x =>
        {
            x.Post.Json(request).ToUrl("/api/fiches");
            x.As(TestUsers.Coordinator);
            x.StatusCodeShouldBe(400);
        });

        var message = (await result.Json()).GetProperty("errors").GetProperty("name")[0].GetString();
        Assert.Contains("200", message);
        await AssertNoFicheWasWritten();
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("bel me")]
    public async Task an_implausible_phone_number_is_refused(string phone)
    {
        var result = await Host.Scenario(x =>
        {
            x.Post.Json(new
            {
                name = "Huis van het Kind",
                address = new { street = "Veldstraat", number = "1", postcode = "9000", municipality = "Gent" },
                phone,
            }).ToUrl("/api/fiches");
            x.As(TestUsers.Coordinator);
            x.StatusCodeShouldBe(400);
        });
        Assert.True((await result.Json()).GetProperty("errors").TryGetProperty("phone", out _));
    }

    [Fact]
    public async Task unknown_fiche_ids_answer_404_problems()
    {
        var unknown = Guid.CreateVersion7();

        var missing = await Host.Scenario(x => { x.Get.Url($"/api/fiches/{unknown}"); x.StatusCodeShouldBe(404); x.ContentTypeShouldBe(ProblemJson); });
        Assert.Equal("Er bestaat geen fiche met dit id.", (await missing.Json()).GetProperty("detail").GetString());
        await Host.Scenario(x =>
        {
            x.Get.Url($"/api/fiches/{unknown}/history");
            x.As(TestUsers.Auditor);
            x.StatusCodeShouldBe(404);
            x.ContentTypeShouldBe(ProblemJson);
        });
        await Host.Scenario(x =>
        {
            x.Post.Json(new { name = "Nieuwe naam", version = 1 }).ToUrl($"/api/fiches/{unknown}/rename");
            x.As(TestUsers.Coordinator);
            x.StatusCodeShouldBe(404);
            x.ContentTypeShouldBe(ProblemJson);
        });
        await Host.Scenario(x => { x.Get.Url("/api/fiches/not-a-guid"); x.StatusCodeShouldBe(404); x.ContentTypeShouldBe(ProblemJson); });
    }

    [Fact]
    public async Task a_rename_based_on_a_stale_version_gets_409_and_changes_nothing()
    {
        var id = await Host.Register("Wijkgezondheidscentrum De Kaai");
        await Rename(id, "Wijkgezondheidscentrum De Kaai vzw", version: 1, expectedStatus: 200);

        var result = await Rename(id, "Iets anders", version: 1, expectedStatus: 409);

        var problem = await result.Json();
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        var fiche = await (await Host.Scenario(x => x.Get.Url($"/api/fiches/{id}"))).Json();
        Assert.Equal("Wijkgezondheidscentrum De Kaai vzw", fiche.GetProperty("name").GetString());
        Assert.Equal(2, fiche.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task of_two_simultaneous_renames_from_the_same_version_exactly_one_wins()
    {
        var id = await Host.Register("Buurtwerk 't Lampeke");

        var attempts = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Host.PostRaw(
            $"/api/fiches/{id}/rename", $"{{\"name\": \"Buurtwerk variant {i}\", \"version\": 1}}", TestUsers.Coordinator)));

        Assert.Single(attempts, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(attempts.Where(r => r.StatusCode != HttpStatusCode.OK), r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
            Assert.Equal(ProblemJson, r.Content.Headers.ContentType?.MediaType);
        });
        var fiche = await (await Host.Scenario(x => x.Get.Url($"/api/fiches/{id}"))).Json();
        Assert.Equal(2, fiche.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task a_query_value_that_is_not_a_number_is_refused_not_ignored()
    {
        await Host.Scenario(x => { x.Get.Url("/api/fiches?page=abc"); x.StatusCodeShouldBe(400); x.ContentTypeShouldBe(ProblemJson); });
    }

    [Fact]
    public async Task a_rename_without_version_is_refused()
    {
        var id = await Host.Register("OCMW Melle");
        var result = await Host.Scenario(x =>
        {
            x.Post.Json(new { name = "Sociaal Huis Melle" }).ToUrl($"/api/fiches/{id}/rename");
            x.As(TestUsers.Coordinator);
            x.StatusCodeShouldBe(400);
        });
        Assert.True((await result.Json()).GetProperty("errors").TryGetProperty("version", out _));
    }

    private Task<IScenarioResult> Rename(Guid id, string name, int version, int expectedStatus) => Host.Scenario(x =>
    {
        x.Post.Json(new { name, version }).ToUrl($"/api/fiches/{id}/rename");
        x.As(TestUsers.Coordinator);
        x.StatusCodeShouldBe(expectedStatus);
    });

    private async Task AssertNoFicheWasWritten()
    {
        await Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
        var page = await (await Host.Scenario(x => x.Get.Url("/api/fiches"))).Json();
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }
}
