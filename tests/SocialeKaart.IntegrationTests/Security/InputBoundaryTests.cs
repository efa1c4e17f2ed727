using System.Text;
using System.Text.Json;
using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Security;

/// <summary>The one input rule (ADR 24), case by case: each bad input gets a 400 (or 415) that names the field, and nothing is stored.</summary>
public sealed class InputBoundaryTests(AppFixture app) : IntegrationTest(app)
{
    private async Task<(int Status, JsonElement Problem, string? Type)> Send(string method, string url, string? body, string contentType = "application/json", bool asCoordinator = true)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null) request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = new(contentType) } };
        if (asCoordinator) request.Headers.Add("X-Api-Key", TestUsers.Coordinator.Key);
        using var response = await Host.Server.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("null", "body")]
    [InlineData("", "body")]
    [InlineData("{\"email\":\"a\\u0000b@example.be\",\"password\":\"x\"}", "email")]
    [InlineData("{\"email\":\"\\ud800@example.be\",\"password\":\"x\"}", "email")]
    [InlineData("{\"email\":", "email")]
    public async Task a_bad_sign_in_body_is_a_400_naming_the_field(string body, string field)
    {
        var (status, problem, type) = await Send("POST", "/api/account/sign-in", body, asCoordinator: false);
        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", type);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for '{field}' in {problem}");
    }

    [Fact]
    public async Task a_nested_field_is_named_by_its_path()
    {
        var fiche = await Host.Register();
        var (status, problem, _) = await Send("PUT", $"/api/fiches/{fiche}/contact",
            "{\"contact\":{\"phones\":[{\"number\":\"09\\u0000\"}],\"emails\":[],\"links\":[]},\"version\":1}");
        Assert.Equal(400, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("contact.phones.number", out _), problem.ToString());
        Assert.Equal(1, (await Host.Fiche(fiche)).GetProperty("version").GetInt32()); // nothing written
    }

    [Theory]
    [InlineData("/api/fiches/00000000-0000-0000-0000-000000000000/reopen", "ficheId")]
    [InlineData("/api/claims/00000000-0000-0000-0000-000000000000/approve", "id")]
    public async Task an_all_zero_id_is_a_400_not_an_event_stream(string url, string field)
    {
        var (status, problem, _) = await Send("POST", url, "{}");
        Assert.Equal(400, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("/api/reviews?province=%00", "province")]
    [InlineData("/api/search?q=zorg%00", "q")]
    [InlineData("/api/search?sort=99", "sort")]
    [InlineData("/api/search?sort=-1", "sort")]
    [InlineData("/api/reviews?kind=99", "kind")]
    [InlineData("/api/reviews?page=-1", "page")]
    [InlineData("/api/reviews?minDaysWaiting=-5", "minDaysWaiting")]
    public async Task a_bad_query_value_is_a_400_naming_it(string url, string field)
    {
        var (status, problem, _) = await Send("GET", url, null);
        Assert.Equal(400, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task a_version_past_the_last_one_is_named()
    {
        var fiche = await Host.Register();
        var auditor = await Host.Scenario(x => { x.Get.Url($"/api/fiches/{fiche}/as-of?version=9"); x.As(TestUsers.Auditor); x.StatusCodeShouldBe(400); });
        Assert.Contains("versie 9 bestaat", (await auditor.ReadAsTextAsync()));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task the_api_takes_json_only_415(string contentType)
    {
        var (status, problem, type) = await Send("POST", "/api/fiches", "name=x", contentType);
        Assert.Equal(415, status);
        Assert.Equal("application/problem+json", type);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Content-Type", out _));
    }

    [Fact]
    public async Task a_page_gets_a_dutch_page_for_a_nul()
    {
        var result = await Host.Scenario(x => { x.Get.Url("/zoeken?q=kind%00"); x.StatusCodeShouldBe(400); });
        Assert.Contains("Deze aanvraag kunnen we niet lezen", await result.ReadAsTextAsync());
    }
}
