using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Review;

/// <summary>Accounts through HTTP: registration rules, one account per address without telling others, the link, sign-in.</summary>
public sealed class AccountTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task registration_names_each_problem()
    {
        var problem = await Host.Send(null, "POST", "/api/account/register", new { email = "geen-adres", displayName = "", password = "kort", acceptTerms = false }, 400);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "email", "displayName", "password", "acceptTerms" }) Assert.True(errors.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task a_second_registration_with_the_same_address_looks_the_same_and_warns_the_owner()
    {
        var an = await App.SignUpAsync("An Peeters");
        await Host.Send(null, "POST", "/api/account/register", new { email = an.Email.ToUpperInvariant(), displayName = "Iemand Anders", password = "nog een lang wachtwoord", acceptTerms = true }, 202);
        Assert.Contains(await App.Mail.ToAsync(an.Email, expected: 2), m => (m.Subject ?? "").Contains("al een account", StringComparison.Ordinal));
        await Host.Send(null, "POST", "/api/account/sign-in", new { email = an.Email, password = "nog een lang wachtwoord" }, 401);
    }

    [Fact]
    public async Task a_tampered_link_and_a_wrong_password_are_refused()
    {
        var email = $"lies.{Guid.NewGuid():N}@example.be";
        await Host.Send(null, "POST", "/api/account/register", new { email, displayName = "Lies", password = "een lang en geheim wachtwoord", acceptTerms = true }, 202);
        var token = await App.VerificationTokenAsync(email);
        await Host.Send(null, "POST", "/api/account/verify", new { token = token[..^2] + "xx" }, 400);
        await Host.Send(null, "POST", "/api/account/verify", new { token }, 200);
        await Host.Send(null, "POST", "/api/account/sign-in", new { email, password = "fout wachtwoord van lengte" }, 401);
        var me = await Host.Scenario(x => { x.Get.Url("/api/account/me"); x.WithRequestHeader("Cookie", "socialekaart.account=vals"); x.StatusCodeShouldBe(401); });
        Assert.NotNull(me);
    }
}
