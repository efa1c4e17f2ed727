using System.Text.RegularExpressions;
using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Review;

/// <summary>The back-office and owner pages through HTTP: who may open them, texts escaped, decisions through the forms.</summary>
public sealed partial class BackOfficePagesTests(AppFixture app) : IntegrationTest(app)
{
    private Task<IScenarioResult> PostForm(People.Person person, string page, string action, Dictionary<string, string> fields, int status) =>
        Host.PostForm(person, page, action, fields, status);

    [Fact]
    public async Task the_queue_is_for_the_back_office_only()
    {
        var anonymous = await Host.Scenario(x => { x.Get.Url("/beheer"); x.StatusCodeShouldBe(302); });
        Assert.StartsWith("/account/aanmelden?ReturnUrl=%2Fbeheer", anonymous.Context.Response.Headers.Location.ToString().Replace("http://localhost", ""));
        var professional = await App.SignUpAsync("Paula Professional");
        var refused = await Host.Scenario(x => { x.Get.Url("/beheer"); x.As(professional); x.StatusCodeShouldBe(302); });
        Assert.Contains("/account/geen-toegang", refused.Context.Response.Headers.Location.ToString());
        await Host.Scenario(x => { x.Get.Url("/mijn"); x.As(professional); x.StatusCodeShouldBeOk(); });
    }

    [Fact]
    public async Task a_claim_with_script_in_its_motivation_is_shown_as_text_and_approved_through_the_form()
    {
        var fiche = await Host.Register("Kinderopvang De Speelboom");
        var an = await App.SignUpAsync("An Peeters");
        var cor = await App.SignUpAsync("Cor Coördinator", "coordinator");
        const string script = "<script>alert('x')</script>Ik ben de directeur";
        var claimPage = $"/mijn/fiche/{fiche}/beheren";
        var sent = await PostForm(an, claimPage, claimPage, new() { ["Motivation"] = script }, 200);
        Assert.Contains("Je aanvraag is verstuurd", await sent.ReadAsTextAsync());

        var queue = await (await Host.Scenario(x => { x.Get.Url("/beheer"); x.As(cor); })).ReadAsTextAsync();
        var id = ItemLink().Match(queue).Groups[1].Value;
        Assert.Contains("Kinderopvang De Speelboom", queue);
        Assert.Contains("minder dan een uur", queue);
        var item = await (await Host.Scenario(x => { x.Get.Url($"/beheer/{id}"); x.As(cor); })).ReadAsTextAsync();
        Assert.DoesNotContain("<script>alert", item);
        // The applicant's e-mail is weighed against the fiche's own addresses: this fiche has none to compare with.
        Assert.Contains("De fiche heeft geen eigen website of e-mailadres om het e-mailadres van de aanvrager mee te vergelijken.", item);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;Ik ben de directeur", item);

        var empty = await PostForm(cor, $"/beheer/{id}", $"/beheer/{id}?handler=Reject", new() { ["Note"] = "" }, 400);
        Assert.Contains("Dit veld is verplicht", await empty.ReadAsTextAsync());
        var decided = await PostForm(cor, $"/beheer/{id}", $"/beheer/{id}?handler=Approve", new() { ["Note"] = "Welkom" }, 302);
        Assert.EndsWith($"/beheer/{id}?beslist=1", decided.Context.Response.Headers.Location.ToString());
        Assert.Contains(await App.Mail.ToAsync(an.Email, expected: 2), m => (m.Subject ?? "").Contains("beheerder", StringComparison.Ordinal));
        var twice = await PostForm(cor, $"/beheer/{id}", $"/beheer/{id}?handler=Approve", new() { ["Note"] = "nog eens" }, 409);
        Assert.Contains("al beslist", await twice.ReadAsTextAsync());
    }

    [Fact]
    public async Task signing_in_on_the_page_says_what_went_wrong_and_never_sends_people_to_another_site()
    {
        var an = await App.SignUpAsync("An Peeters");
        var page = await Host.Scenario(x => x.Get.Url("/account/aanmelden"));
        var token = PageForms.Token(await page.ReadAsTextAsync());
        var cookie = string.Join("; ", page.Context.Response.Headers.SetCookie.Select(c => c!.Split(';')[0]));
        async Task<IScenarioResult> SignIn(string password, string returnUrl, int status) => await Host.Scenario(x =>
        {
            x.Post.FormData(new Dictionary<string, string>
            {
                ["Email"] = an.Email, ["Password"] = password, ["ReturnUrl"] = returnUrl, ["__RequestVerificationToken"] = token,
            }).ToUrl("/account/aanmelden");
            x.WithRequestHeader("Cookie", cookie);
            x.StatusCodeShouldBe(status);
        });

        Assert.Contains("horen niet bij elkaar", await (await SignIn("fout fout fout fout", "/mijn", 400)).ReadAsTextAsync());
        var elsewhere = await SignIn("een lang en geheim wachtwoord", "https://elders.example/phishing", 302);
        Assert.Equal("/mijn", elsewhere.Context.Response.Headers.Location.ToString());
        var back = await SignIn("een lang en geheim wachtwoord", "/beheer", 302);
        Assert.Equal("/beheer", back.Context.Response.Headers.Location.ToString());
    }

    [GeneratedRegex("href=\"/beheer/([0-9a-f-]{36})\"")]
    private static partial Regex ItemLink();
}
