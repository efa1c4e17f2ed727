using System.Net;
using System.Text.RegularExpressions;
using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.IntegrationTests.Infrastructure;
using SocialeKaart.Modules.Contracts.Review;
using SocialeKaart.Modules.Review.Suggestions;

namespace SocialeKaart.IntegrationTests.Site;

/// <summary>"Wijzigingen voorstellen" through the real form: anti-forgery token, validation, honeypot, rate limit, storage as a stream.</summary>
public sealed partial class ChangeSuggestionTests(AppFixture app) : IntegrationTest(app)
{
    private Guid _fiche;
    private string FormUrl => $"/organisatie/{_fiche}/kinderopvang-de-speelboom/wijziging";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _fiche = await Host.Register("Kinderopvang De Speelboom");
    }

    /// <summary>Opens the form as a browser would (token and cookie), then posts the fields from the given address.</summary>
    private async Task<IScenarioResult> Post(Dictionary<string, string> fields, string ip, int status, bool withToken = true)
    {
        var form = await Host.Scenario(x => x.Get.Url(FormUrl));
        var html = await form.ReadAsTextAsync();
        var token = TokenField().Match(html).Groups[1].Value;
        var cookie = string.Join("; ", form.Context.Response.Headers.SetCookie.Select(c => c!.Split(';')[0]));
        if (withToken) fields["__RequestVerificationToken"] = token;
        return await Host.Scenario(x =>
        {
            x.Post.FormData(fields).ToUrl(FormUrl);
            x.WithRequestHeader("Cookie", cookie);
            x.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = IPAddress.Parse(ip));
            x.StatusCodeShouldBe(status);
        });
    }

    private static Dictionary<string, string> Valid(string message = "Het telefoonnummer is 09 111 22 33.") => new()
    {
        ["Topics"] = "Phone", ["Message"] = message, ["SenderName"] = "An Peeters", ["SenderEmail"] = "an@example.be",
    };

    private async Task<List<ChangeSuggestion>> Stored()
    {
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Query<ChangeSuggestion>().Where(s => s.FicheId == _fiche).ToListAsync()).ToList();
    }

    [Fact]
    public async Task a_suggestion_is_stored_as_a_stream_and_the_sender_is_thanked()
    {
        var sent = await Post(Valid(), "10.0.0.1", 302);
        Assert.EndsWith("/wijziging?verstuurd=true", sent.Context.Response.Headers.Location.ToString());
        var suggestion = Assert.Single(await Stored());
        Assert.Equal([SuggestionTopic.Phone], suggestion.Topics);
        Assert.Equal("An Peeters", suggestion.SenderName);
        Assert.Equal(SocialeKaart.Modules.Review.Queue.ReviewStatus.Open, suggestion.Status);
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.IsType<ChangeSuggested>(Assert.Single(await session.Events.FetchStreamAsync(suggestion.Id)).Data);

        var thanks = await (await Host.Scenario(x => x.Get.Url(FormUrl + "?verstuurd=true"))).ReadAsTextAsync();
        Assert.Contains("Bedankt! De redactie bekijkt je voorstel.", thanks);
    }

    [Fact]
    public async Task missing_answers_are_named_and_nothing_is_stored()
    {
        var result = await Post(new Dictionary<string, string> { ["Message"] = "", ["SenderName"] = "An" }, "10.0.0.2", 400);
        var html = await result.ReadAsTextAsync();
        Assert.Contains("Je voorstel is nog niet verstuurd", html);
        Assert.Contains("Kies wat er niet klopt.", html);
        Assert.Contains("Geef een e-mailadres of telefoonnummer", html);
        Assert.Empty(await Stored());
    }

    [Fact]
    public async Task script_in_the_message_is_stored_as_text_and_shown_escaped()
    {
        const string script = "<script>alert('x')</script>";
        var invalid = Valid(script);
        invalid["SenderEmail"] = "geen-adres";
        var html = await (await Post(invalid, "10.0.0.3", 400)).ReadAsTextAsync();
        Assert.DoesNotContain(script, html);
        Assert.Contains("&lt;script&gt;", html);

        await Post(Valid(script), "10.0.0.3", 302);
        Assert.Equal(script, Assert.Single(await Stored()).Message);
    }

    [Fact]
    public async Task a_bot_that_fills_the_hidden_field_is_thanked_but_nothing_is_stored()
    {
        var bot = Valid();
        bot["Website"] = "http://spam.example";
        await Post(bot, "10.0.0.4", 302);
        Assert.Empty(await Stored());
    }

    [Fact]
    public async Task a_post_without_the_forms_token_is_refused()
    {
        await Post(Valid(), "10.0.0.5", 400, withToken: false);
        Assert.Empty(await Stored());
    }

    [Fact]
    public async Task a_sixth_suggestion_within_ten_minutes_from_one_address_is_refused_with_429()
    {
        for (var i = 0; i < 5; i++) await Post(Valid(), "10.0.0.6", 302);
        var refused = await Post(Valid(), "10.0.0.6", 429);
        Assert.Contains("Probeer het over tien minuten opnieuw", await refused.ReadAsTextAsync());
        Assert.Equal(5, (await Stored()).Count);
        await Post(Valid(), "10.0.0.7", 302); // another address is not affected
    }

    [Fact]
    public async Task an_oversized_message_gets_a_message_not_an_error_page()
    {
        var html = await (await Post(Valid(new string('x', 2500)), "10.0.0.8", 400)).ReadAsTextAsync();
        Assert.Contains("2000", html);
        Assert.Empty(await Stored());
    }

    [Fact]
    public async Task the_fiche_page_links_to_the_form_and_an_unknown_fiche_has_no_form()
    {
        var fiche = await (await Host.Scenario(x => x.Get.Url($"/organisatie/{_fiche}/kinderopvang-de-speelboom"))).ReadAsTextAsync();
        Assert.Contains($"href=\"/organisatie/{_fiche}/kinderopvang-de-speelboom/wijziging\"", fiche);
        await Host.Scenario(x => { x.Get.Url($"/organisatie/{Guid.NewGuid()}/iets/wijziging"); x.StatusCodeShouldBe(404); });
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
