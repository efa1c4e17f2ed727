using System.Net.Http.Headers;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Review;

/// <summary>
/// A page on another site can post a form (text/plain, urlencoded, multipart) to our API; with a signed-in person's
/// cookie that would act in their name. Browsers do not send the SameSite=Lax cookie on such posts; and even with it,
/// the API's endpoints only take JSON bodies: a form-shaped body reaches no endpoint (404) and nothing is done.
/// </summary>
public sealed class CrossSiteTests(AppFixture app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task a_form_shaped_body_with_a_session_cookie_reaches_no_endpoint(string contentType)
    {
        var fiche = await Host.Register();
        var an = await App.SignUpAsync("An Peeters");
        var client = Host.Server.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/fiches/{fiche}/claims")
        {
            Content = new StringContent("{\"motivation\":\"via een andere site\"}"),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("Cookie", an.Cookie);
        var response = await client.SendAsync(request);
        Assert.Equal(404, (int)response.StatusCode);
        // Nothing was claimed by the forged post: the person's own claim is the first (a second would be 409).
        await Host.Send(an, "POST", $"/api/fiches/{fiche}/claims", new { motivation = "zelf, als JSON" }, 201);
    }
}
