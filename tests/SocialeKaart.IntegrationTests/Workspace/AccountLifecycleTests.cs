using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Workspace;

/// <summary>Password reset by mail (expires, works once), lockout after failed sign-ins, terms version, account deletion.</summary>
public sealed partial class AccountLifecycleTests(AppFixture app) : IntegrationTest(app)
{
    private const string Password = "een lang en geheim wachtwoord";

    private async Task<string> ResetTokenAsync(string email, int expected)
    {
        var mail = (await App.Mail.ToAsync(email, expected)).Last(m => (m.Subject ?? "").Contains("nieuw wachtwoord", StringComparison.Ordinal));
        return Uri.UnescapeDataString(ResetLink().Match(mail.TextBody ?? "").Groups[1].Value);
    }

    [Fact]
    public async Task a_reset_link_sets_a_new_password_once_and_unknown_addresses_get_the_same_answer()
    {
        var an = await App.SignUpAsync("An Peeters");
        await Host.Send(null, "POST", "/api/account/forgot-password", new { email = $"niemand.{Guid.NewGuid():N}@example.be" }, 202);
        await Host.Send(null, "POST", "/api/account/forgot-password", new { email = an.Email }, 202);
        var token = await ResetTokenAsync(an.Email, expected: 2);

        var weak = await Host.Send(null, "POST", "/api/account/reset-password", new { token, password = "azertyuiop12" }, 400);
        Assert.Contains("uitgelekte", weak.GetProperty("errors").GetProperty("password")[0].GetString());
        await Host.Send(null, "POST", "/api/account/reset-password", new { token, password = "Zeven blauwe fietsen in Gent" }, 204);
        var reused = await Host.Send(null, "POST", "/api/account/reset-password", new { token, password = "Acht groene fietsen in Brugge" }, 400);
        Assert.Contains("al gebruikt", reused.GetProperty("errors").GetProperty("token")[0].GetString());
        await Host.Send(null, "POST", "/api/account/reset-password", new { token = token[..^3] + "abc", password = "Acht groene fietsen in Brugge" }, 400);

        await Host.Send(null, "POST", "/api/account/sign-in", new { email = an.Email, password = Password }, 401);
        await Host.Send(null, "POST", "/api/account/sign-in", new { email = an.Email, password = "Zeven blauwe fietsen in Gent" }, 200);
    }

    [Fact]
    public async Task five_wrong_passwords_lock_the_account_for_a_while_even_for_the_right_one()
    {
        var an = await App.SignUpAsync("An Peeters");
        for (var i = 0; i < 4; i++) await Host.Send(null, "POST", "/api/account/sign-in", new { email = an.Email, password = $"fout wachtwoord {i}!" }, 401);
        var fifth = await Host.Send(null, "POST", "/api/account/sign-in", new { email = an.Email, password = "fout wachtwoord 5!" }, 401);
        Assert.Contains("Te veel mislukte pogingen", fifth.GetProperty("detail").GetString());
        var right = await Host.Send(null, "POST", "/api/account/sign-in", new { email = an.Email, password = Password }, 401);
        Assert.Contains("Te veel mislukte pogingen", right.GetProperty("detail").GetString());

        // A reset unlocks.
        await Host.Send(null, "POST", "/api/account/forgot-password", new { email = an.Email }, 202);
        await Host.Send(null, "POST", "/api/account/reset-password", new { token = await ResetTokenAsync(an.Email, expected: 2), password = "Zeven blauwe fietsen in Gent" }, 204);
        await Host.Send(null, "POST", "/api/account/sign-in", new { email = an.Email, password = "Zeven blauwe fietsen in Gent" }, 200);
    }

    [Fact]
    public async Task the_accepted_terms_version_is_recorded()
    {
        var an = await App.SignUpAsync("An Peeters");
        await using var session = Host.Services.GetRequiredService<Marten.IDocumentStore>().QuerySession();
        var account = await session.LoadAsync<SocialeKaart.Modules.Accounts.Account>(an.Id);
        Assert.Equal(SocialeKaart.Modules.Contracts.Accounts.TermsOfUse.Version, account!.TermsVersion);
    }

    [Fact]
    public async Task deleting_the_account_needs_the_password_signs_out_and_frees_the_address()
    {
        var an = await App.SignUpAsync("An Peeters");
        await Host.Send(an, "POST", "/api/account/delete", new { password = "niet mijn wachtwoord" }, 400);
        await Host.Send(an, "POST", "/api/account/delete", new { password = Password }, 204);
        await Host.Send(an, "GET", "/api/favourites", null, 401); // the old cookie no longer works
        await Host.Send(null, "POST", "/api/account/sign-in", new { email = an.Email, password = Password }, 401);
        await Host.Send(null, "POST", "/api/account/register", new { email = an.Email, displayName = "An Peeters", password = Password, acceptTerms = true }, 202);
        // A new account (a new confirmation mail), not the "you already have an account" warning.
        var mails = await App.Mail.ToAsync(an.Email, expected: 2);
        Assert.Equal(2, mails.Count(m => (m.Subject ?? "").Contains("Bevestig", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"nieuw-wachtwoord\?token=(\S+)")]
    private static partial Regex ResetLink();
}
