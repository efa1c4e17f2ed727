using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Review;

/// <summary>
/// Who may call each API route, read from the routes themselves and printed as the README's access table is written,
/// so the two can be compared (issue 13). Every route says its door: anonymous, a policy, or signed in.
/// </summary>
public sealed class AccessTableTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public void every_api_route_names_its_door_and_the_table_is_printed()
    {
        var rows = Host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .Select(e => (
                Route: "/" + e.RoutePattern.RawText!.TrimStart('/'),
                Methods: string.Join(", ", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []),
                Door: Door(e)))
            .OrderBy(r => r.Route, StringComparer.Ordinal).ThenBy(r => r.Methods, StringComparer.Ordinal).ToList();
        Console.WriteLine("| route | methods | who |");
        Console.WriteLine("|---|---|---|");
        foreach (var (route, methods, door) in rows) Console.WriteLine($"| `{route}` | {methods} | {door} |");
        Assert.True(rows.Count >= 80, $"only {rows.Count} API routes");
        Assert.DoesNotContain(rows, r => r.Door == "?");
    }

    private static string Door(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) return "anyone";
        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? (a.Roles is { } roles ? $"roles {roles}" : "signed in")).Distinct().ToList();
        return policies.Count == 0 ? "?" : string.Join(" and ", policies);
    }
}
