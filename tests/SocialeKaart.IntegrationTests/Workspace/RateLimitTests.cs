using System.Net;
using Alba;
using Microsoft.AspNetCore.Hosting;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Workspace;

/// <summary>
/// The account forms' limits per client address, on a host of its own with the default limits (the shared host lifts
/// them, since every test there signs people up from the same address).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RateLimitTests : IAsyncLifetime
{
    private IAlbaHost _host = null!;

    public async Task InitializeAsync() => _host = await AlbaHost.For<Program>(builder =>
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:SocialeKaart", Environment.GetEnvironmentVariable(AppFixture.ConnectionVariable));
        builder.UseSetting("Projections:Mode", "Solo");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Fatal");
        builder.UseSetting("Search:IndexPath", Path.Combine(Path.GetTempPath(), $"socialekaart-limits-{Guid.NewGuid():N}"));
        // A small budget for the anonymous API, to see where it ends (the default is 1,000 at once, 100 a second).
        builder.UseSetting("Security:RateLimits:AnonymousApiBurst", "20");
        builder.UseSetting("Security:RateLimits:AnonymousApiPerSecond", "5");
        TestUsers.Configure(builder);
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<IScenarioResult> Post(string url, object body, string ip, int status) => _host.Scenario(x =>
    {
        x.Post.Json(body).ToUrl(url);
        x.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = IPAddress.Parse(ip));
        x.StatusCodeShouldBe(status);
    });

    [Fact]
    public async Task a_sixth_mail_sending_request_from_one_address_within_ten_minutes_is_refused_with_429()
    {
        for (var i = 0; i < 5; i++) await Post("/api/account/forgot-password", new { email = $"x{i}@example.be" }, "10.1.0.1", 202);
        var refused = await Post("/api/account/register", new { email = "y@example.be", displayName = "Y", password = "Zeven blauwe fietsen in Gent", acceptTerms = true }, "10.1.0.1", 429);
        Assert.Equal("600", refused.Context.Response.Headers.RetryAfter.ToString());
        Assert.Contains("Te veel pogingen", (await refused.Json()).GetProperty("detail").GetString());
        await Post("/api/account/forgot-password", new { email = "x@example.be" }, "10.1.0.2", 202); // another address is not affected
        await _host.Scenario(x => { x.Get.Url("/account/registreren"); x.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = IPAddress.Parse("10.1.0.1")); }); // reading stays open
    }

    [Fact]
    public async Task sign_in_attempts_from_one_address_across_accounts_are_limited()
    {
        for (var i = 0; i < 60; i++) await Post("/api/account/sign-in", new { email = $"spray{i}@example.be", password = "Zomer2026!Zomer" }, "10.2.0.1", 401);
        await Post("/api/account/sign-in", new { email = "spray61@example.be", password = "Zomer2026!Zomer" }, "10.2.0.1", 429);
    }

    [Fact]
    public async Task the_anonymous_api_has_a_budget_per_address_and_says_when_to_come_back()
    {
        async Task<IScenarioResult> Get(string ip, bool withKey = false) => await _host.Scenario(x =>
        {
            x.Get.Url("/api/geography/suggestions?q=gen");
            x.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = IPAddress.Parse(ip));
            if (withKey) x.As(TestUsers.Coordinator);
            x.IgnoreStatusCode();
        });
        var statuses = new List<int>();
        IScenarioResult? refused = null;
        for (var i = 0; i < 40 && refused is null; i++)
        {
            var result = await Get("10.2.0.1");
            statuses.Add(result.Context.Response.StatusCode);
            if (result.Context.Response.StatusCode == 429) refused = result;
        }
        Assert.True(statuses.Take(20).All(s => s == 200), string.Join(",", statuses)); // the burst goes through
        Assert.NotNull(refused);
        Assert.InRange(int.Parse(refused.Context.Response.Headers.RetryAfter.ToString()), 1, 5);
        Assert.Equal("application/problem+json", refused.Context.Response.ContentType);
        Assert.Equal(200, (await Get("10.2.0.2")).Context.Response.StatusCode);               // another address has its own budget
        Assert.Equal(200, (await Get("10.2.0.1", withKey: true)).Context.Response.StatusCode); // an integration is not counted
    }
}
