using System.Text.Json;
using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;
using Wolverine.Tracking;

namespace SocialeKaart.IntegrationTests.Search;

/// <summary>Quick search through HTTP on a small directory whose answers are known.</summary>
public sealed class QuickSearchTests(AppFixture app) : IntegrationTest(app)
{
    private Guid _speelboom, _thuisverpleging, _coordinatie, _nestje, _zonneschijn;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.ExecuteAndWaitAsync(async () =>
        {
            _speelboom = await Fiche("Kinderopvang De Speelboom", "Kortrijksesteenweg", "9000", "Gent", "10.07.02");
            _thuisverpleging = await Fiche("Thuisverpleging Zorgzaam", "Veldstraat", "9000", "Gent", "04.02");
            await Host.Change(_thuisverpleging, "working-area", new
            {
                workingArea = new { areas = new object[] { new { kind = "establishedIn", placeKind = "municipality", code = "44021" }, new { kind = "visitsAtHomeIn", placeKind = "municipality", code = "44088" } } },
                version = 2,
            });
            _coordinatie = await Fiche("Dienst voor coördinatie thuiszorg", "Tiensestraat", "3000", "Leuven", "04.02");
            _nestje = await Fiche("Kinderopvang Het Nestje", "Meir", "2000", "Antwerpen", "10.07.03");
            await Host.Change(_nestje, "close-temporarily", new { reason = "Verbouwingen", version = 2 }, method: "POST");
            _zonneschijn = await Fiche("Kinderopvang Zonneschijn", "Markt", "8500", "Kortrijk", "10.07.02");
            await Host.Change(_zonneschijn, "mark-defunct", new { reason = "Gestopt", version = 2 }, method: "POST");
        }, 30_000);
    }

    private async Task<Guid> Fiche(string name, string street, string postcode, string municipality, string rubriek)
    {
        var id = await (await Host.Scenario(x =>
        {
            x.Post.Json(new { name, address = new { street, number = "1", postcode, municipality }, phone = "09 123 45 67" }).ToUrl("/api/fiches");
            x.As(TestUsers.Coordinator);
            x.StatusCodeShouldBe(201);
        })).Json();
        var fiche = id.GetProperty("value").GetGuid();
        await Host.Change(fiche, "rubrieken", new { codes = new[] { rubriek }, version = 1 });
        return fiche;
    }

    private async Task<JsonElement> Search(string query) => await (await Host.Scenario(x => x.Get.Url("/api/search?" + query))).Json();

    private static List<Guid> Ids(JsonElement result) => result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetGuid()).ToList();

    [Fact]
    public async Task a_typo_still_finds_the_organisations_and_defunct_ones_are_gone()
    {
        var ids = Ids(await Search("q=kinderopvnag"));
        Assert.Contains(_speelboom, ids);
        Assert.Contains(_nestje, ids);
        Assert.DoesNotContain(_zonneschijn, ids);
    }

    [Fact]
    public async Task accents_do_not_matter()
    {
        Assert.Equal([_coordinatie], Ids(await Search("q=coordinatie")));
        Assert.Equal([_coordinatie], Ids(await Search("q=CO%C3%96RDINATIE")));
    }

    [Fact]
    public async Task temporarily_closed_organisations_stay_findable_and_say_so()
    {
        var hit = (await Search("q=nestje")).GetProperty("hits")[0];
        Assert.Equal(_nestje, hit.GetProperty("id").GetGuid());
        Assert.Equal("temporarilyClosed", hit.GetProperty("status").GetString());
    }

    [Fact]
    public async Task waar_matches_the_working_area_not_only_the_address()
    {
        var result = await Search("waar=Merelbeke");
        Assert.Equal([_thuisverpleging], Ids(result));
        Assert.Equal("formerMunicipality", result.GetProperty("waar").GetProperty("place").GetProperty("kind").GetString(), ignoreCase: true);
        Assert.Contains(_speelboom, Ids(await Search("waar=9000")));
        Assert.Empty(Ids(await Search("q=kinderopvang&waar=Provincie%20Limburg")));
    }

    [Fact]
    public async Task facets_count_the_whole_result_and_narrow_it()
    {
        var all = await Search("q=kinderopvang");
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        var municipalities = all.GetProperty("municipalities").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["11002"] = 1, ["44021"] = 1 }, municipalities);

        Assert.Equal([_speelboom], Ids(await Search("q=kinderopvang&municipality=44021")));
    }

    [Fact]
    public async Task a_rubriek_filter_includes_its_descendants()
    {
        var ids = Ids(await Search("rubriek=10&pageSize=50"));
        Assert.Equal(new[] { _speelboom, _nestje }.Order(), ids.Order());
        Assert.Equal([_speelboom], Ids(await Search("rubriek=10.07.02")));
    }

    [Fact]
    public async Task sorting_by_name_pages_without_repeats()
    {
        var first = await Search("sort=name&pageSize=2&page=1");
        var second = await Search("sort=name&pageSize=2&page=2");
        var names = first.GetProperty("hits").EnumerateArray().Concat(second.GetProperty("hits").EnumerateArray()).Select(h => h.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Dienst voor coördinatie thuiszorg", "Kinderopvang De Speelboom", "Kinderopvang Het Nestje", "Thuisverpleging Zorgzaam"], names);
        Assert.Equal(4, first.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task the_map_gets_every_result_and_distance_sorts_from_a_point()
    {
        var result = await Search("points=true&pageSize=1");
        Assert.Equal(4, result.GetProperty("points").GetArrayLength());
        Assert.Single(result.GetProperty("hits").EnumerateArray());

        var near = await Search("sort=distance&near=51.22,4.40"); // Antwerpen
        Assert.Equal(_nestje, Ids(near)[0]);
        Assert.Equal(_coordinatie, Ids(await Search("sort=distance&near=50.88,4.70"))[0]); // Leuven
    }

    [Fact]
    public async Task suggestions_while_typing_come_from_organisation_names()
    {
        var names = await (await Host.Scenario(x => x.Get.Url("/api/search/suggestions?q=kinderop"))).Json();
        Assert.Equal(["Kinderopvang Het Nestje", "Kinderopvang De Speelboom"], names.EnumerateArray().Select(n => n.GetString()));
    }

    [Theory]
    [InlineData("waar=Atlantis", "waar")]
    [InlineData("municipality=99999", "municipality[0]")]
    [InlineData("rubriek=99.99", "rubriek[0]")]
    [InlineData("rubriek=DROP%20TABLE", "rubriek[0]")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=100000", "page")]
    [InlineData("near=abc", "near")]
    [InlineData("sort=distance", "near")]
    public async Task bad_input_gets_a_problem_naming_the_field(string query, string field)
    {
        var problem = await (await Host.Scenario(x => { x.Get.Url("/api/search?" + query); x.StatusCodeShouldBe(400); x.ContentTypeShouldBe("application/problem+json"); })).Json();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"the problem names {field}");
    }

    [Fact]
    public async Task searches_that_find_nothing_are_counted_for_coordinators_without_who_asked()
    {
        await Search("q=paardentherapie");
        await Search("q=Paardentherapie&waar=Gent");
        await Search("q=paardentherapie");
        await Search("q=kinderopvang");

        var unmet = await (await Host.Scenario(x => { x.Get.Url("/api/search/unmet"); x.As(TestUsers.Coordinator); })).Json();
        var top = unmet[0];
        Assert.Equal("paardentherapie", top.GetProperty("query").GetString());
        Assert.Equal(2, top.GetProperty("count").GetInt32());
        Assert.Equal(2, unmet.GetArrayLength());
        Assert.Equal("Gent", unmet[1].GetProperty("waar").GetString());
        await Host.Scenario(x => { x.Get.Url("/api/search/unmet"); x.StatusCodeShouldBe(401); });
    }

    [Fact]
    public async Task a_query_of_two_thousand_characters_is_refused()
    {
        await Host.Scenario(x => { x.Get.Url("/api/search?q=" + new string('a', 2000)); x.StatusCodeShouldBe(400); });
    }

    [Theory]
    [InlineData("%22%27%3B%20DROP%20TABLE%20mt_events%3B%20--")]
    [InlineData("*%3F~%5B%5D%7B%7D%5E%3A%5C")]
    [InlineData("name%3A%3D%5BKinderopvang%5D%20%26%26%20status%3Aactive")]
    [InlineData("%20%20")]
    public async Task metacharacters_are_plain_text_never_syntax(string q)
    {
        var result = await Search("q=" + q);
        Assert.True(result.GetProperty("total").GetInt32() >= 0);
        Assert.Equal(4, (await Search("")).GetProperty("total").GetInt32());
    }
}
