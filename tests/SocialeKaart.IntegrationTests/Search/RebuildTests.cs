using Alba;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.IntegrationTests.Infrastructure;
using SocialeKaart.Modules.Search.Engine;
using SocialeKaart.Modules.Search.Indexing;
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
    public async Task a_lost_index_is_caught_up_from_the_ledger_at_start_up()
    {
        await Host.ExecuteAndWaitAsync(async () =>
        {
            await Host.Register("Jeugdhuis De Kreun");
            var gone = await Host.Register("Buurtwerk Oud");
            await Host.Change(gone, "mark-defunct", new { reason = "Gestopt", version = 1 }, method: "POST");
        });
        await Host.Services.GetRequiredService<ISearchEngine>().RebuildAsync(AsyncEnumerable.Empty<SearchDocument>(), CancellationToken.None);

        var repaired = await Host.Services.GetRequiredService<SearchIndexCatchUp>().CatchUpAsync(CancellationToken.None);

        Assert.Equal(1, repaired); // the defunct fiche was not in the index and need not be
        Assert.Equal(1, await Total(""));
        Assert.Equal(0, await Host.Services.GetRequiredService<SearchIndexCatchUp>().CatchUpAsync(CancellationToken.None));
    }

    [Fact]
    public async Task only_administrators_may_rebuild()
    {
        await Host.Scenario(x => { x.Post.Json(new { }).ToUrl("/api/search/rebuild"); x.As(TestUsers.Coordinator); x.StatusCodeShouldBe(403); });
        await Host.Scenario(x => { x.Post.Json(new { }).ToUrl("/api/search/rebuild"); x.StatusCodeShouldBe(401); });
    }
}
