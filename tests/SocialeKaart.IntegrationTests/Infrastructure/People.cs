using System.Text.Json;
using System.Text.RegularExpressions;
using Alba;

namespace SocialeKaart.IntegrationTests.Infrastructure;

/// <summary>People with accounts, made the way people make them: register, open the mail, follow the link, sign in.</summary>
public static partial class People
{
    public sealed record Person(Guid Id, string Email, string Name, string Cookie);

    public static async Task<Person> SignUpAsync(this AppFixture app, string name, string? role = null, params string[] provinces)
    {
        var email = $"{name.Split(' ')[0].ToLowerInvariant()}.{Guid.NewGuid():N}@example.be";
        const string password = "een lang en geheim wachtwoord";
        await app.Host.Scenario(x =>
        {
            x.Post.Json(new { email, displayName = name, password, acceptTerms = true }).ToUrl("/api/account/register");
            x.StatusCodeShouldBe(202);
        });
        var token = await app.VerificationTokenAsync(email);
        var verified = await (await app.Host.Scenario(x => x.Post.Json(new { token }).ToUrl("/api/account/verify"))).Json();
        var id = verified.GetProperty("id").GetGuid();
        if (role is not null)
            await app.Host.Scenario(x =>
            {
                x.Put.Json(new { provinces }).ToUrl($"/api/accounts/{id}/staff-roles/{role}");
                x.As(TestUsers.Administrator);
            });
        return new Person(id, email, name, await app.SignInAsync(email, password));
    }

    public static async Task<string> VerificationTokenAsync(this AppFixture app, string email)
    {
        var mail = (await app.Mail.ToAsync(email)).Single(m => (m.Subject ?? "").Contains("Bevestig", StringComparison.Ordinal));
        return Uri.UnescapeDataString(TokenInLink().Match(mail.TextBody ?? "").Groups[1].Value);
    }

    /// <summary>Signs in through the API and returns the cookie the browser would keep.</summary>
    public static async Task<string> SignInAsync(this AppFixture app, string email, string password)
    {
        var result = await app.Host.Scenario(x => x.Post.Json(new { email, password }).ToUrl("/api/account/sign-in"));
        var setCookie = result.Context.Response.Headers.SetCookie.ToString();
        return setCookie.Split(';')[0];
    }

    /// <summary>As the person's browser on the site's own pages: the session cookie, and the same-origin mark browsers send.</summary>
    public static Scenario As(this Scenario scenario, Person person)
    {
        scenario.WithRequestHeader("Cookie", person.Cookie);
        scenario.WithRequestHeader("Sec-Fetch-Site", "same-origin");
        return scenario;
    }

    /// <summary>Sends JSON as a person and returns the answer, asserting the status.</summary>
    public static async Task<JsonElement> Send(this IAlbaHost host, Person? person, string method, string url, object? body, int status)
    {
        var result = await host.Scenario(x =>
        {
            var send = method switch { "PUT" => x.Put, "DELETE" => x.Delete, "GET" => null, _ => x.Post };
            if (send is null) x.Get.Url(url);
            else if (body is null) send.Url(url);
            else send.Json(body).ToUrl(url);
            if (person is not null) x.As(person);
            x.StatusCodeShouldBe(status);
        });
        var text = await result.ReadAsTextAsync();
        return string.IsNullOrEmpty(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    [GeneratedRegex(@"token=([^\s]+)")]
    private static partial Regex TokenInLink();
}
