using System.Text;
using System.Text.Json;
using Alba;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Security;

/// <summary>
/// Every route of the API and every page, read from the host's own route table (and the OpenAPI document for the
/// query parameters), sent a corpus of bad bodies, path values and query values by someone allowed through the door
/// (an administrator, who passes every one). No answer may be 5xx, and every API error must be problem+json
/// (issue 13). A new endpoint is covered without anyone writing a test for it.
/// </summary>
public sealed class BadInputTests(AppFixture app) : IntegrationTest(app)
{
    // Routes that act on the whole system whatever the body (a rebuild, a replay, an import, closing or leaving the
    // caller's own account): sent anonymously, so the door refuses them before they could act.
    private static readonly HashSet<string> Anonymously =
        ["/api/search/rebuild", "/api/operations/replay-check", "/api/registers/import", "/api/account/delete", "/api/account/sign-out"];

    private static readonly string[] Bodies =
    [
        "null", "", "[]", "{}", "\"x\"", "42", "true", "{", "{\"name\":", "{\"name\":\"\\u0000\"}", "{\"name\":\"\\ud800\"}",
        "{\"version\":-1}", "{\"version\":99999999999999999999999}", "{\"kind\":99,\"sort\":99}", "{\"name\":null,\"version\":1}",
        "{\"a\":" + string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)) + "}",
        "{\"name\":\"" + new string('x', 100_000) + "\"}",
    ];

    // No NUL in the path: the in-memory test server refuses to send one (Kestrel passes it on; InputBoundary refuses it).
    private static readonly string[] PathValues =
        ["00000000-0000-0000-0000-000000000000", "niet-een-id", "%F0%9F", "%ED%A0%80", "%2e%2e", new string('9', 300), "-1"];

    private static readonly string[] QueryValues =
        ["%00", "-1", "0", "99", "99999999999999999999", "abc", "%ED%A0%80", "%F0", new string('x', 5000), "1e400", "[]"];

    [Fact]
    public async Task no_bad_input_to_any_route_gets_a_5xx_and_every_api_error_is_problem_json()
    {
        var admin = await App.SignUpAsync("Bea Beheerder", "administrator");
        var routes = Routes();
        var queries = await QueryParametersAsync();
        var failures = new List<string>();
        var sent = 0;
        foreach (var (method, template) in routes)
        {
            var asAdmin = !Anonymously.Contains(template);
            var good = Fill(template, _ => Guid.NewGuid().ToString());
            var cases = new List<(string Url, string? Body, string ContentType)>();
            foreach (var parameter in Parameters(template))
                foreach (var value in PathValues)
                    cases.Add((Fill(template, p => p == parameter ? value : Guid.NewGuid().ToString()), method is "GET" or "DELETE" ? null : "{}", "application/json"));
            foreach (var name in queries.GetValueOrDefault((method, template)) ?? ["page", "sort", "kind"])
                foreach (var value in QueryValues)
                    cases.Add(($"{good}?{name}={value}", method is "GET" or "DELETE" ? null : "{}", "application/json"));
            if (method is not "GET")
            {
                cases.AddRange(Bodies.Select(b => (good, (string?)b, "application/json")));
                cases.Add((good, "x=1", "application/x-www-form-urlencoded"));
                cases.Add((good, "{}", "text/plain"));
                cases.Add((good, "<a/>", "application/xml"));
            }
            foreach (var (url, body, contentType) in cases)
            {
                sent++;
                var (status, type) = await SendAsync(method, url, body, contentType, asAdmin ? admin : null);
                if (status >= 500) failures.Add($"{status} {method} {Short(url)} {Short(body)}");
                else if (status >= 400 && url.StartsWith("/api", StringComparison.Ordinal) && type?.StartsWith("application/problem+json", StringComparison.Ordinal) != true)
                    failures.Add($"{status} as {type ?? "nothing"} (not problem+json): {method} {Short(url)} {Short(body)}");
            }
        }
        Console.WriteLine($"Sent {sent} bad requests to {routes.Count} routes; {failures.Count} failures.");
        Assert.True(sent >= 2000, $"only {sent} bad requests: the corpus no longer covers the routes");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(60)));
    }

    private async Task<(int Status, string? ContentType)> SendAsync(string method, string url, string? body, string contentType, People.Person? person)
    {
        var client = Host.Server.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }
        if (person is not null)
        {
            request.Headers.Add("Cookie", person.Cookie);
            request.Headers.Add("Sec-Fetch-Site", "same-origin");
        }
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.ToString());
    }

    /// <summary>Every route with its methods: the API's and the pages' (a page route without parameters once).</summary>
    private List<(string Method, string Template)> Routes()
    {
        var sources = Host.Services.GetServices<EndpointDataSource>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Template: "/" + e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]))
            .Where(r => !r.Template.Contains("{*", StringComparison.Ordinal) && !r.Template.Contains("openapi", StringComparison.Ordinal))
            .SelectMany(r => r.Methods.Select(m => (m, r.Template)))
            .Where(r => r.m is "GET" or "POST" or "PUT" or "DELETE" or "PATCH")
            .Distinct().OrderBy(r => r.Template, StringComparer.Ordinal).ToList();
    }

    /// <summary>The query parameters the OpenAPI document gives each route.</summary>
    private async Task<Dictionary<(string, string), List<string>>> QueryParametersAsync()
    {
        var document = await (await Host.Scenario(x => x.Get.Url("/openapi/v1.json"))).Json();
        var found = new Dictionary<(string, string), List<string>>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
                if (operation.Value.TryGetProperty("parameters", out var parameters))
                    found[(operation.Name.ToUpperInvariant(), path.Name)] = parameters.EnumerateArray()
                        .Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList();
        return found;
    }

    private static IEnumerable<string> Parameters(string template) =>
        System.Text.RegularExpressions.Regex.Matches(template, "{([^}:?]+)[^}]*}").Select(m => m.Groups[1].Value);

    private static string Fill(string template, Func<string, string> value) =>
        System.Text.RegularExpressions.Regex.Replace(template, "{([^}:?]+)[^}]*}", m => value(m.Groups[1].Value));

    private static string Short(string? text) => text is null ? "" : text.Length > 80 ? text[..80] + "…" : text;
}
