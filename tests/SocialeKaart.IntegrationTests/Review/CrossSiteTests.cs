using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Review;

/// <summary>
/// A page on another site (or another host of the same domain) can make a signed-in person's browser post to our API
/// with their cookie. Every state-changing API route refuses such a request unless the browser marks it same-origin
/// (Sec-Fetch-Site) or its Origin is this site (issue 13, ADR 24); integrations with an API key are not concerned.
/// </summary>
public sealed class CrossSiteTests(AppFixture app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task a_form_post_from_another_site_with_a_session_cookie_is_refused_and_does_nothing(string contentType)
    {
        var fiche = await Host.Register();
        var an = await App.SignUpAsync("An Peeters");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/fiches/{fiche}/claims") { Content = new StringContent("{\"motivation\":\"via een andere site\"}") };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("Cookie", an.Cookie);
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        var response = await Host.Server.CreateClient().SendAsync(request);
        Assert.Equal(403, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        // Nothing was claimed by the forged post: the person's own claim is the first (a second would be 409).
        await Host.Send(an, "POST", $"/api/fiches/{fiche}/claims", new { motivation = "zelf, als JSON" }, 201);
    }

    [Fact]
    public async Task every_state_changing_route_refuses_the_cookie_from_elsewhere_and_lets_it_through_from_here()
    {
        var admin = await App.SignUpAsync("Cas Coördinator", "administrator");
        var routes = Host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Template: "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Where(r => r.Method is "POST" or "PUT" or "PATCH" or "DELETE").Distinct().ToList();
        Assert.True(routes.Count >= 60, $"only {routes.Count} state-changing routes found");
        var failures = new List<string>();
        foreach (var (method, template) in routes)
        {
            var url = System.Text.RegularExpressions.Regex.Replace(template, "{[^}]+}", _ => Guid.NewGuid().ToString());
            foreach (var (header, value) in new[] { ("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Site", "same-site"), ("Origin", "https://andere.example"), ("", "") })
            {
                var (status, refused) = await SendAsync(method, url, admin.Cookie, header, value);
                if (!refused) failures.Add($"{method} {template} with {(header == "" ? "no origin at all" : $"{header}: {value}")}: {status}");
            }
            // From the site's own pages the same request reaches the route (whatever it then answers, it is not this refusal);
            // not tried on the routes that act on the whole system or on the caller's own account.
            if (!ActsOnEverything.Contains(template) && (await SendAsync(method, url, admin.Cookie, "Sec-Fetch-Site", "same-origin")).Refused)
                failures.Add($"{method} {template} refused from the site itself");
        }
        Console.WriteLine($"{routes.Count} state-changing routes, each sent the cookie 4 ways from elsewhere; {failures.Count} not refused.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static readonly HashSet<string> ActsOnEverything =
        ["/api/search/rebuild", "/api/operations/replay-check", "/api/registers/import", "/api/account/delete", "/api/account/sign-out", "/api/personal-data/erase"];

    /// <summary>The status, and whether it is the cross-site refusal (a 403 of the route itself is something else).</summary>
    private async Task<(int Status, bool Refused)> SendAsync(string method, string url, string cookie, string header, string value)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Cookie", cookie);
        if (header.Length > 0) request.Headers.Add(header, value);
        using var response = await Host.Server.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, response.StatusCode == System.Net.HttpStatusCode.Forbidden && body.Contains("niet van de Sociale Kaart zelf", StringComparison.Ordinal));
    }
}
