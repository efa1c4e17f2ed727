using System.Text.Json;
using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;
using Wolverine.Tracking;

namespace SocialeKaart.IntegrationTests.Search;

/// <summary>Advanced search: separate fields, restricted terms, places as areas, rubrieken and trefwoorden AND/OR.</summary>
public sealed class AdvancedSearchTests(AppFixture app) : IntegrationTest(app)
{
    private Guid _caw, _cgg, _branch;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.ExecuteAndWaitAsync(async () =>
        {
            _caw = await Host.Register("CAW Limburg");
            await Host.Change(_caw, "persons", new { persons = new[] { new { name = "Greet Vanhaecke", function = "Directeur" } }, version = 1 });
            await Host.Change(_caw, "content", new { content = new { generalOperation = "Hulp bij schulden en relatieproblemen.", tasks = "Budgetbegeleiding", targetGroup = new { tags = new[] { "volwassenen" } }, languages = new[] { "nl" } }, version = 2 });
            await Host.Change(_caw, "trefwoorden", new { terms = new[] { "schulden", "relatieproblemen" }, version = 3 });
            await Host.Change(_caw, "locations", new { locations = new[] { new { address = new { street = "Thonissenlaan", number = "47", postcode = "3500", municipality = "Hasselt" } } }, version = 4 });

            _cgg = await Host.Register("CGG Ahasverus");
            await Host.Change(_cgg, "activities", new { activities = new[] { new { name = "Verslavingszorg", description = "Ambulante hulp bij alcohol en drugs.", rubrieken = new[] { "03.07.02" } } }, version = 1 });
            await Host.Change(_cgg, "trefwoorden", new { terms = new[] { "drugs" }, version = 2 });

            _branch = await Host.Register("CAW Limburg – Onthaal Genk");
            await Host.Change(_branch, "parent", new { parentId = _caw, version = 1 });
            await Host.Change(_branch, "trefwoorden", new { terms = new[] { "schulden" }, version = 2 });
            await Host.Change(_branch, "locations", new { locations = new[] { new { address = new { street = "Stadsplein", number = "1", postcode = "3600", municipality = "Genk" } } }, version = 3 });
        }, 30_000);
    }

    private async Task<List<Guid>> Ids(string query) =>
        (await (await Host.Scenario(x => x.Get.Url("/api/search/advanced?" + query))).Json())
        .GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetGuid()).ToList();

    [Fact]
    public async Task persons_activities_and_organisations_are_searched_separately()
    {
        Assert.Equal([_caw], await Ids("person=Vanhaecke"));
        Assert.Empty(await Ids("organisation=Vanhaecke"));
        Assert.Equal([_cgg], await Ids("activity=verslavingszorg"));
        Assert.Equal(new[] { _caw, _branch }.Order(), (await Ids("organisation=caw%20limburg")).Order());
    }

    [Fact]
    public async Task a_term_can_be_restricted_to_parts_of_the_fiche()
    {
        Assert.Equal([_caw], await Ids("term=budgetbegeleiding&within=tasks"));
        Assert.Empty(await Ids("term=budgetbegeleiding&within=generalOperation"));
        Assert.Equal([_caw], await Ids("term=thonissenlaan&within=street"));
        Assert.Equal([_caw], await Ids("street=Thonissen"));
    }

    [Fact]
    public async Task only_parent_organisations()
    {
        var ids = await Ids("organisation=caw&onlyParents=true");
        Assert.Equal([_caw], ids);
    }

    [Fact]
    public async Task places_are_areas_of_any_kind()
    {
        Assert.Equal([_branch], await Ids("place=municipality:71016"));
        Assert.Equal(new[] { _caw, _branch }.Order(), (await Ids("place=province:70000")).Order());
        Assert.Equal(new[] { _caw, _branch }.Order(), (await Ids("place=municipality:71072&place=municipality:71016")).Order());
    }

    [Fact]
    public async Task trefwoorden_combine_with_and_or_or()
    {
        Assert.Equal([_caw], await Ids("trefwoord=schulden&trefwoord=relatieproblemen"));
        Assert.Equal(new[] { _caw, _branch, _cgg }.Order(), (await Ids("trefwoord=schulden&trefwoord=drugs&trefwoordMode=or")).Order());
        Assert.Equal([_cgg], await Ids("trefwoord=cannabis"));
    }

    [Fact]
    public async Task a_rubriek_filter_matches_activities_and_includes_descendants()
    {
        Assert.Equal([_cgg], await Ids("rubriek=03"));
    }

    [Theory]
    [InlineData("place=province", "place[0]")]
    [InlineData("place=planet:3", "place[0]")]
    [InlineData("place=municipality:99999", "place[0]")]
    [InlineData("trefwoord=ruimtevaart", "trefwoord[0]")]
    [InlineData("trefwoordMode=xor", "trefwoordMode")]
    [InlineData("within=nonsense", "within")]
    public async Task bad_advanced_input_is_a_problem_naming_the_field(string query, string field)
    {
        var result = await Host.Scenario(x => { x.Get.Url("/api/search/advanced?" + query); x.StatusCodeShouldBe(400); });
        var body = await result.Json();
        var named = body.TryGetProperty("errors", out var errors) ? errors.TryGetProperty(field, out _) : body.GetProperty("detail").GetString()!.Contains(field, StringComparison.OrdinalIgnoreCase);
        Assert.True(named, $"the problem names {field}: {body}");
    }

    [Fact]
    public async Task the_page_says_which_person_or_activity_matched_and_what_was_asked()
    {
        var person = await (await Host.Scenario(x => x.Get.Url("/uitgebreid-zoeken?persoon=vanhaecke"))).ReadAsTextAsync();
        Assert.Contains("<p class=\"matched\">Persoon: Greet Vanhaecke, Directeur</p>", person);
        Assert.Contains("<li>Persoon: vanhaecke</li>", person); // the criteria above the results
        Assert.Contains("<details class=\"search-again\">", person); // the form folded: results first

        var activity = await (await Host.Scenario(x => x.Get.Url("/uitgebreid-zoeken?activiteit=verslaving"))).ReadAsTextAsync();
        Assert.Contains("<p class=\"matched\">Activiteit: Verslavingszorg</p>", activity);
    }

    [Fact]
    public async Task the_page_sorts_and_maps_the_same_results()
    {
        var sorted = await (await Host.Scenario(x => x.Get.Url("/uitgebreid-zoeken?organisatie=caw&sorteer=naam"))).ReadAsTextAsync();
        Assert.Contains("<option value=\"naam\" selected=\"selected\">", sorted);
        Assert.True(sorted.IndexOf("CAW Limburg</a>", StringComparison.Ordinal) < sorted.IndexOf("CAW Limburg – Onthaal Genk</a>", StringComparison.Ordinal));
        var bad = await (await Host.Scenario(x => { x.Get.Url("/uitgebreid-zoeken?organisatie=caw&sorteer=afstand"); x.StatusCodeShouldBe(400); })).ReadAsTextAsync();
        Assert.Contains("Kies een sortering uit de lijst.", bad);

        var mapped = await (await Host.Scenario(x => x.Get.Url("/uitgebreid-zoeken?organisatie=caw&kaart=1"))).ReadAsTextAsync();
        var points = System.Text.RegularExpressions.Regex.Match(mapped, "data-points=\"([^\"]+)\"").Groups[1].Value.Replace("&amp;", "&");
        Assert.StartsWith("/api/search/advanced?points=true", points);
        var json = await (await Host.Scenario(x => x.Get.Url(points))).Json();
        // Every result with a place, not one page: both CAW offices (Hasselt, Genk) at least.
        Assert.InRange(json.GetProperty("points").GetArrayLength(), 2, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task the_result_filters_narrow_the_criteria_and_each_facet_counts_what_its_filter_returns()
    {
        async Task<JsonElement> Search(string query) => await (await Host.Scenario(x => x.Get.Url("/api/search/advanced?trefwoord=schulden&" + query))).Json();
        var all = await Search("");
        var municipalities = all.GetProperty("municipalities").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ToList();
        Assert.Contains("71072", municipalities); // Hasselt, where the CAW is established
        Assert.Contains("71016", municipalities); // Genk, its branch
        foreach (var (facet, parameter) in new[]
                 {
                     ("municipalities", "municipality"), ("rubrieken", "inRubriek"), ("languages", "language"), ("targetGroups", "targetGroup"), ("costs", "cost"),
                 })
            foreach (var value in all.GetProperty(facet).EnumerateArray())
            {
                var filtered = await Search($"{parameter}={value.GetProperty("value").GetString()}");
                Assert.Equal(value.GetProperty("count").GetInt32(), filtered.GetProperty("total").GetInt32());
            }
        var hasselt = await Ids("trefwoord=schulden&municipality=71072");
        Assert.Contains(_caw, hasselt);
        Assert.DoesNotContain(_branch, hasselt);
        Assert.Equal([_caw], await Ids("trefwoord=schulden&language=nl&targetGroup=volwassenen"));
        // The criteria's rubrieken match any of themselves; the filter's must hold as well.
        Assert.Empty(await Ids("rubriek=03.07.02&inRubriek=01"));
        var bad = await (await Host.Scenario(x => { x.Get.Url("/api/search/advanced?trefwoord=schulden&inRubriek=99.99&municipality=00000"); x.StatusCodeShouldBe(400); })).Json();
        Assert.True(bad.GetProperty("errors").TryGetProperty("inRubriek[0]", out _), bad.ToString());
        Assert.True(bad.GetProperty("errors").TryGetProperty("municipality[0]", out _), bad.ToString());
    }

    [Fact]
    public async Task the_page_offers_the_filters_beside_the_results_and_chips_that_remove_them()
    {
        var page = await (await Host.Scenario(x => x.Get.Url("/uitgebreid-zoeken?trefwoorden=schulden"))).ReadAsTextAsync();
        Assert.Matches("<label for=\"gemeente-71072\">Hasselt <span class=\"count\">\\([0-9]+\\)</span></label>", page);
        Assert.Contains("<label for=\"open-nu\">Nu open</label>", page);
        Assert.Contains("<input type=\"hidden\" name=\"trefwoorden\" value=\"schulden\">", page); // the criteria travel with the filters

        var filtered = await (await Host.Scenario(x => x.Get.Url("/uitgebreid-zoeken?trefwoorden=schulden&gemeente=71072&kaart=1"))).ReadAsTextAsync();
        Assert.Contains("CAW Limburg</a>", filtered);
        Assert.DoesNotContain("Onthaal Genk</a>", filtered);
        Assert.Contains("<a href=\"/uitgebreid-zoeken?trefwoorden=schulden&amp;kaart=1\">Gevestigd in Hasselt", filtered); // the chip
        Assert.Contains("municipality=71072", System.Text.RegularExpressions.Regex.Match(filtered, "data-points=\"([^\"]+)\"").Groups[1].Value);
        var bad = await (await Host.Scenario(x => { x.Get.Url("/uitgebreid-zoeken?trefwoorden=schulden&kosten=gratis"); x.StatusCodeShouldBe(400); })).ReadAsTextAsync();
        Assert.Contains("Onbekende kostprijs", bad);
    }
}
