using Marten.Events;
using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Directory;

public sealed class FicheLifecycleTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task a_registered_organisation_can_be_read_renamed_and_its_history_replayed()
    {
        var id = await Host.Register("Kinderopvang Het Nestje");

        var fiche = await (await Host.Scenario(x => x.Get.Url($"/api/fiches/{id}"))).Json();
        Assert.Equal("Kinderopvang Het Nestje", fiche.GetProperty("name").GetString());
        Assert.Equal(1, fiche.GetProperty("version").GetInt32());
        Assert.Equal("9000", fiche.GetProperty("locations")[0].GetProperty("address").GetProperty("postcode").GetString());
        Assert.Equal("09 265 04 00", fiche.GetProperty("contact").GetProperty("phones")[0].GetProperty("number").GetString());
        Assert.Equal("44021", fiche.GetProperty("locations")[0].GetProperty("address").GetProperty("municipalityNis").GetString());

        var renamed = await (await Host.Scenario(x =>
        {
            x.Post.Json(new { name = "Kinderopvang 't Nestje", reason = "Nieuwe huisstijl", version = 1 }).ToUrl($"/api/fiches/{id}/rename");
            x.As(TestUsers.Coordinator);
            x.StatusCodeShouldBeOk();
        })).Json();
        Assert.Equal(2, renamed.GetProperty("version").GetInt32());

        fiche = await (await Host.Scenario(x => x.Get.Url($"/api/fiches/{id}"))).Json();
        Assert.Equal("Kinderopvang 't Nestje", fiche.GetProperty("name").GetString());
        Assert.Equal(2, fiche.GetProperty("version").GetInt32());

        var history = await (await Host.Scenario(x =>
        {
            x.Get.Url($"/api/fiches/{id}/history");
            x.As(TestUsers.Auditor);
        })).Json();
        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal(["organisation_registered", "organisation_renamed"], history.EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.Equal([1, 2], history.EnumerateArray().Select(e => e.GetProperty("version").GetInt32()));
        Assert.All(history.EnumerateArray(), e => Assert.Equal("Test Coördinator", e.GetProperty("by").GetProperty("name").GetString()));
        Assert.All(history.EnumerateArray(), e => Assert.Equal("api-key:test-coordinator", e.GetProperty("by").GetProperty("id").GetString()));
        var first = history[0].GetProperty("at").GetDateTimeOffset();
        var second = history[1].GetProperty("at").GetDateTimeOffset();
        Assert.True(first <= second, "history is in the order the changes happened");
        Assert.Equal("Nieuwe huisstijl", history[1].GetProperty("data").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task registering_answers_201_with_the_location_of_the_new_fiche()
    {
        var result = await Host.Scenario(x =>
        {
            x.Post.Json(FicheRequests.Registration()).ToUrl("/api/fiches");
            x.As(TestUsers.Coordinator);
            x.StatusCodeShouldBe(201);
        });
        var id = (await result.Json()).GetProperty("value").GetGuid();
        Assert.Equal($"/api/fiches/{id}", result.Context.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task the_public_list_shows_new_fiches_once_the_projection_daemon_has_caught_up()
    {
        await Host.Register("Zonnebloem Dagcentrum");
        await Host.Register("Aanloophuis De Brug");
        await Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);

        var page = await (await Host.Scenario(x => x.Get.Url("/api/fiches?pageSize=10"))).Json();
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(["Aanloophuis De Brug", "Zonnebloem Dagcentrum"],
            page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
    }
}
