using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Review;

/// <summary>
/// Every review endpoint, role by role: who gets through the door (the policy), checked against the real host.
/// Bodies are valid but point at nothing, so a caller that is let in gets 404 (or 200 for lists), never a side effect.
/// </summary>
public sealed class AuthorisationMatrixTests(AppFixture app) : IntegrationTest(app)
{
    public enum Who { Anonymous, ForgedCookie, Professional, Coordinator, Auditor, Administrator }

    // The door each endpoint has: professional (any verified account), back office (coordinator/administrator), audit, administration.
    private static readonly (string Method, string Url, string Door)[] Endpoints =
    [
        ("POST", "/api/fiches/{x}/claims", "professional"),
        ("POST", "/api/claims/{x}/withdraw", "professional"),
        ("POST", "/api/fiches/{x}/change-requests", "professional"),
        ("PUT", "/api/change-requests/{x}/draft/contact", "professional"),
        ("POST", "/api/change-requests/{x}/submit", "professional"),
        ("POST", "/api/proposals", "professional"),
        ("GET", "/api/reviews", "back-office"),
        ("POST", "/api/claims/{x}/approve", "back-office"),
        ("POST", "/api/claims/{x}/reject", "back-office"),
        ("POST", "/api/claims/{x}/revoke", "back-office"),
        ("POST", "/api/change-requests/{x}/approve", "back-office"),
        ("POST", "/api/change-requests/{x}/reject", "back-office"),
        ("POST", "/api/suggestions/{x}/convert", "back-office"),
        ("POST", "/api/suggestions/{x}/dismiss", "back-office"),
        ("POST", "/api/proposals/{x}/approve", "back-office"),
        ("POST", "/api/proposals/{x}/reject", "back-office"),
        ("GET", "/api/reviews/{x}/history", "audit"),
        ("GET", "/api/fiches/{x}/owners", "audit"),
        ("PUT", "/api/accounts/{x}/staff-roles/coordinator", "administration"),
    ];

    private static readonly Dictionary<string, Who[]> Admitted = new()
    {
        ["professional"] = [Who.Professional, Who.Coordinator, Who.Auditor, Who.Administrator],
        ["back-office"] = [Who.Coordinator, Who.Administrator],
        ["audit"] = [Who.Coordinator, Who.Auditor, Who.Administrator],
        ["administration"] = [Who.Administrator],
    };

    [Fact]
    public async Task each_role_passes_exactly_the_doors_meant_for_it()
    {
        var people = new Dictionary<Who, People.Person?>
        {
            [Who.Anonymous] = null,
            [Who.Professional] = await App.SignUpAsync("Paula Professional"),
            [Who.Coordinator] = await App.SignUpAsync("Cor Coördinator", "coordinator"),
            [Who.Auditor] = await App.SignUpAsync("Aude Auditor", "auditor"),
            [Who.Administrator] = await App.SignUpAsync("Ada Administrator", "administrator"),
        };
        var forged = await ForgedCookieAsync();
        var failures = new List<string>();
        foreach (var (method, template, door) in Endpoints)
        foreach (var who in Enum.GetValues<Who>())
        {
            var url = template.Replace("{x}", Guid.NewGuid().ToString());
            var result = await Host.Scenario(x =>
            {
                var body = new { note = "x", motivation = "x", value = new { }, fields = (string[]?)null, provinces = Array.Empty<string>() };
                switch (method)
                {
                    case "GET": x.Get.Url(url); break;
                    case "PUT": x.Put.Json(body).ToUrl(url); break;
                    default: x.Post.Json(body).ToUrl(url); break;
                }
                if (who == Who.ForgedCookie) x.WithRequestHeader("Cookie", forged);
                else if (people[who] is { } person) x.As(person);
                x.IgnoreStatusCode();
            });
            var status = result.Context.Response.StatusCode;
            var expectedIn = Admitted[door].Contains(who);
            var ok = who is Who.Anonymous or Who.ForgedCookie ? status == 401
                : expectedIn ? status is not (401 or 403) || IsItemLevelRefusal(url, status) : status == 403;
            if (!ok) failures.Add($"{method} {template} as {who}: {status}");
        }
        Assert.Empty(failures);
    }

    // Let in, then refused for this particular item (not theirs): allowed only where the item decides, never at the door.
    private static bool IsItemLevelRefusal(string url, int status) => status == 403 && (url.Contains("/draft/") || url.Contains("/change-requests"));

    /// <summary>A cookie the site did not issue (forged, or from another key ring): treated as signed out.</summary>
    private static Task<string> ForgedCookieAsync() => Task.FromResult("socialekaart.account=forged-or-expired");

    [Fact]
    public async Task signing_in_before_verifying_is_refused_and_a_revoked_role_stops_at_once()
    {
        var email = $"nieuw.{Guid.NewGuid():N}@example.be";
        await Host.Scenario(x => { x.Post.Json(new { email, displayName = "Nina Nieuw", password = "een lang en geheim wachtwoord", acceptTerms = true }).ToUrl("/api/account/register"); x.StatusCodeShouldBe(202); });
        var refused = await Host.Scenario(x => { x.Post.Json(new { email, password = "een lang en geheim wachtwoord" }).ToUrl("/api/account/sign-in"); x.StatusCodeShouldBe(401); });
        Assert.Contains("Bevestig eerst", (await refused.Json()).GetProperty("detail").GetString());

        var cor = await App.SignUpAsync("Cor Coördinator", "coordinator");
        await Host.Send(cor, "GET", "/api/reviews", null, 200);
        await Host.Scenario(x => { x.Delete.Url($"/api/accounts/{cor.Id}/staff-roles/coordinator"); x.As(TestUsers.Administrator); x.StatusCodeShouldBe(204); });
        await Host.Send(cor, "GET", "/api/reviews", null, 403); // same cookie, role gone
    }
}
