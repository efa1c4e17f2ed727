using Marten.Events;
using Alba;
using Wolverine.Tracking;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Operations;

public sealed class OperationsTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task ready_reports_the_database_the_projections_and_the_search_index()
    {
        await Host.ExecuteAndWaitAsync(async () => await Host.Register());
        await Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);

        var health = await (await Host.Scenario(x => x.Get.Url("/health/ready"))).Json();

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        var projections = health.GetProperty("checks").GetProperty("projections");
        Assert.Equal(0, projections.GetProperty("data").GetProperty("FicheListItem:All").GetInt64());
        var search = health.GetProperty("checks").GetProperty("search");
        Assert.Equal("Healthy", search.GetProperty("status").GetString());
        Assert.Equal(1, search.GetProperty("data").GetProperty("indexed").GetInt32());
    }

    [Fact]
    public async Task every_response_says_how_long_the_server_worked_on_it()
    {
        var result = await Host.Scenario(x => x.Get.Url("/api/search?q=kinderopvang"));
        var timing = result.Context.Response.Headers["Server-Timing"].ToString();
        Assert.Matches(@"^app;dur=[0-9]+\.[0-9]{2}$", timing);
    }

    [Fact]
    public async Task live_answers_without_checking_dependencies()
    {
        var health = await (await Host.Scenario(x => x.Get.Url("/health/live"))).Json();
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Empty(health.GetProperty("checks").EnumerateObject());
    }

    [Fact]
    public async Task the_openapi_document_describes_the_fiche_api()
    {
        var document = await (await Host.Scenario(x => x.Get.Url("/openapi/v1.json"))).Json();
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/fiches", out _));
        Assert.True(paths.TryGetProperty("/api/fiches/{ficheId}/rename", out _));
        Assert.True(paths.TryGetProperty("/api/fiches/{id}/history", out _));
    }

    [Fact]
    public async Task an_unknown_search_query_that_is_too_long_is_refused()
    {
        var result = await Host.Scenario(x =>
        {
            x.Get.Url($"/api/search?q={new string('x', 201)}");
            x.StatusCodeShouldBe(400);
            x.ContentTypeShouldBe("application/problem+json");
        });
        Assert.True((await result.Json()).GetProperty("errors").TryGetProperty("q", out _));
    }
}
