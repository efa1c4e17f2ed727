using System.Text.Json;
using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;
using Wolverine.Tracking;

namespace SocialeKaart.IntegrationTests.Search;

/// <summary>"Nu open", languages spoken and who it is for: filters on the API and the results page whose counts agree (issue 12).</summary>
public sealed class FilterTests(AppFixture app) : IntegrationTest(app)
{
    // Words no other test uses, so the counts are this class's own.
    private const string Word = "Zeepbelhuis";
    private Guid _always, _closedToday, _unknown;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).DateTime);
        object Week(object[] exceptions) => new
        {
            schedules = new object[]
            {
                new
                {
                    kind = "openingHours", onlyByAppointment = false, exceptions,
                    weekly = Enum.GetNames<DayOfWeek>().Select(day => new { day, opens = "00:00", closes = "23:59", byAppointment = false }).ToArray(),
                },
            },
            version = 2,
        };
        await Host.ExecuteAndWaitAsync(async () =>
        {
            _always = await Host.Register($"{Word} Altijd");
            await Content(_always, ["nl", "fr"], ["ouderen"], "free");
            await Host.Change(_always, "opening-hours", Week([]));
            _closedToday = await Host.Register($"{Word} Vandaag dicht");
            await Content(_closedToday, ["nl"], ["jongeren", "ouderen"], "incomeBased");
            await Host.Change(_closedToday, "opening-hours", Week([new
            {
                from = today.AddDays(-1).ToString("yyyy-MM-dd"), to = today.AddDays(1).ToString("yyyy-MM-dd"), closed = true, slots = Array.Empty<object>(), note = "Verlof",
            }]));
            _unknown = await Host.Register($"{Word} Geen uren");
            await Content(_unknown, ["nl", "en"], ["jongeren"]);
        }, 30_000);
    }

    private Task Content(Guid id, string[] languages, string[] groups, string? costKind = null) => Host.Change(id, "content", new
    {
        content = new { generalOperation = "Ontmoeting en advies.", targetGroup = new { tags = groups }, languages, costKind }, version = 1,
    });

    private async Task<JsonElement> Api(string query) => await (await Host.Scenario(x => x.Get.Url($"/api/search?q={Word}&{query}"))).Json();

    private static List<Guid> Ids(JsonElement result) => result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetGuid()).ToList();

    [Fact]
    public async Task open_now_keeps_what_is_open_at_this_moment()
    {
        Assert.Equal([_always], Ids(await Api("openNow=true")));
        Assert.Equal(3, (await Api("")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task language_and_target_group_facets_count_what_their_filter_returns()
    {
        var all = await Api("");
        foreach (var (facet, parameter) in new[] { ("languages", "language"), ("targetGroups", "targetGroup"), ("costs", "cost") })
            foreach (var value in all.GetProperty(facet).EnumerateArray())
            {
                var filtered = await Api($"{parameter}={value.GetProperty("value").GetString()}");
                Assert.Equal(value.GetProperty("count").GetInt32(), filtered.GetProperty("total").GetInt32());
            }
        Assert.Equal([_always], Ids(await Api("language=fr")));
        Assert.Equal([_always], Ids(await Api("cost=free")));
        Assert.Equal([_closedToday], Ids(await Api("cost=IncomeBased"))); // the name in any case
        Assert.Equal(new[] { _always, _closedToday }.Order(), Ids(await Api("targetGroup=ouderen")).Order());
    }

    [Fact]
    public async Task bad_filter_values_are_named()
    {
        var problem = await (await Host.Scenario(x => { x.Get.Url($"/api/search?q={Word}&language=Frans!"); x.StatusCodeShouldBe(400); })).Json();
        Assert.Contains("taalcode", problem.GetProperty("errors").GetProperty("language[0]")[0].GetString());
        foreach (var cost in new[] { "gratis", "99", "" })
        {
            var bad = await (await Host.Scenario(x => { x.Get.Url($"/api/search?q={Word}&cost={cost}"); x.StatusCodeShouldBe(400); })).Json();
            Assert.True(bad.GetProperty("errors").TryGetProperty("cost[0]", out _), bad.ToString());
        }
    }

    [Fact]
    public async Task the_results_page_offers_the_filters_and_chips_to_remove_them()
    {
        var page = await (await Host.Scenario(x => x.Get.Url($"/zoeken?q={Word}"))).ReadAsTextAsync();
        Assert.Contains("<label for=\"open-nu\">Nu open</label>", page);
        Assert.Contains("<label for=\"taal-fr\">Frans <span class=\"count\">(1)</span></label>", page);
        Assert.Contains("<label for=\"doelgroep-ouderen\">Ouderen <span class=\"count\">(2)</span></label>", page);
        Assert.Contains("<label for=\"kosten-free\">Gratis <span class=\"count\">(1)</span></label>", page);
        var free = await (await Host.Scenario(x => x.Get.Url($"/zoeken?q={Word}&kosten=free"))).ReadAsTextAsync();
        Assert.Contains("1 resultaat", free);
        Assert.Contains("Kostprijs: Gratis", free); // the chip

        var open = await (await Host.Scenario(x => x.Get.Url($"/zoeken?q={Word}&open=1&taal=nl&kaart=1"))).ReadAsTextAsync();
        Assert.Contains("1 resultaat", open);
        Assert.Contains($"<a href=\"/zoeken?q={Word}&amp;taal=nl&amp;kaart=1\">Nu open", open); // the chip removes only "Nu open"
        Assert.Contains($"href=\"/api/search?points=true&amp;pageSize=1&amp;q={Word}&amp;openNow=true&amp;language=nl\"", open.Replace("data-points=", "href="));
    }
}
