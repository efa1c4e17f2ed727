using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Security;

/// <summary>Every kind of answer carries the security headers (issue 13): pages, errors, the API, problems, assets, health.</summary>
public sealed class SecurityHeadersTests(AppFixture app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("/", 200)]
    [InlineData("/zoeken?q=kinderopvang", 200)]
    [InlineData("/zoeken?q=x&pagina=abc", 400)]
    [InlineData("/uitgebreid-zoeken", 200)]
    [InlineData("/rubrieken", 200)]
    [InlineData("/account/aanmelden", 200)]
    [InlineData("/bestaat-niet", 404)]
    [InlineData("/api/search?q=opvang", 200)]
    [InlineData("/api/search?page=0", 400)]
    [InlineData("/api/fiches/00000000-0000-0000-0000-000000000001", 404)]
    [InlineData("/favicon.ico", 200)]
    [InlineData("/robots.txt", 200)]
    [InlineData("/health/live", 200)]
    public async Task every_kind_of_answer_carries_the_headers(string url, int status)
    {
        var result = await Host.Scenario(x => { x.Get.Url(url); x.StatusCodeShouldBe(status); });
        var headers = result.Context.Response.Headers;
        var csp = headers.ContentSecurityPolicy.ToString();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.EndsWith("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", headers.XContentTypeOptions.ToString());
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"].ToString());
        Assert.Contains("camera=()", headers["Permissions-Policy"].ToString());
        Assert.False(headers.ContainsKey("Server"));
        Assert.False(headers.ContainsKey("X-Frame-Options")); // frame-ancestors decides, so a widget can be the exception
    }

    [Fact]
    public async Task an_asset_carries_them_too()
    {
        var home = await (await Host.Scenario(x => x.Get.Url("/"))).ReadAsTextAsync();
        var css = System.Text.RegularExpressions.Regex.Match(home, "/assets/css/site\\.css\\?v=[0-9a-f]+").Value;
        var result = await Host.Scenario(x => { x.Get.Url(css); x.StatusCodeShouldBe(200); });
        Assert.Equal("nosniff", result.Context.Response.Headers.XContentTypeOptions.ToString());
        Assert.Contains("frame-ancestors 'none'", result.Context.Response.Headers.ContentSecurityPolicy.ToString());
    }

    [Fact]
    public void the_policy_lets_the_configured_tile_server_serve_images_only()
    {
        var csp = SocialeKaart.Host.Setup.SecurityHeadersSetup.ContentSecurityPolicy("https://{s}.tile.example.org/{z}/{x}/{y}.png");
        Assert.Contains("img-src 'self' data: https://*.tile.example.org;", csp);
        Assert.Contains("img-src 'self' data: https://tile.openstreetmap.org;",
            SocialeKaart.Host.Setup.SecurityHeadersSetup.ContentSecurityPolicy("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
        Assert.Contains("connect-src 'self';", csp);
    }
}
