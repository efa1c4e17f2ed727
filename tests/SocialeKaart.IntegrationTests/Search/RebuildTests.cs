using Alba;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.IntegrationTests.Infrastructure;
using SocialeKaart.Modules.Search.Engine;
using Wolverine.Tracking;

namespace SocialeKaart.IntegrationTests.Search;

public sealed class RebuildTests(AppFixture app) : IntegrationTest(app)
{
    private async Task<int> Total(string query) => (await (await Host.Scenario(x => x.Get.Url("/api/search?" + query))).Json()).GetProperty("total").GetInt32();

    [Fact]
    public async Task a_lost_index_is_rebuilt_from_the_event_store()
    {
        await Host.ExecuteAndWaitAsync(async () =>
        {
            await Host.Register("Wijkgezondheidscentrum De Sleep");
            await Host.Register("Huis van het Kind Gent");
        });
        Assert.Equal(2, await Total(""));
        // The index is emptied as if its folder were lost.
        await Host.Services.GetRequiredService<ISearchEngine>().RebuildAsync(AsyncEnumerable.Empty<SearchDocument>(), CancellationToken.None);
        Assert.Equal(0, await Total(""));

        var report = await (await Host.Scenario(x =>
        {
            x.Post.Json(new { }).ToUrl("/api/search/rebuild");
            x.As(TestUsers.Administrator);
            x.StatusCodeShouldBeOk();
        })).Json();

        Assert.Equal(2, report.GetProperty("documents").GetInt32());
        Assert.Equal(2, await Total(""));
        Assert.Equal(1, await Total("q=sleep"));
    }

    [Fact]
    public async Task only_administrators_may_rebuild()
    {
        await Host.Scenario(x => { x.Post.Json(new { }).ToUrl("/api/search/rebuild"); x.As(TestUsers.Coordinator); x.StatusCodeShouldBe(403); });
        await Host.Scenario(x => { x.Post.Json(new { }).ToUrl("/api/search/rebuild"); x.StatusCodeShouldBe(401); });
    }
}
