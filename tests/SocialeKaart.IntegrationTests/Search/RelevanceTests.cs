using System.Text.Json;
using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;
using Wolverine.Tracking;

namespace SocialeKaart.IntegrationTests.Search;

/// <summary>What a citizen types, through HTTP on a small directory whose right answers are known.</summary>
public sealed class RelevanceTests(AppFixture app) : IntegrationTest(app)
{
    private Guid _rouw, _drugpunt, _huisarts, _specialisten, _gentbrugge, _gentCentrum, _merelbeke, _dakloos, _hofke, _gravenwezel, _ijzer, _izegem, _psycholoog, _alcohol, _deMan;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.ExecuteAndWaitAsync(async () =>
        {
            _rouw = await Fiche("Dienst Rouwbegeleiding Antwerpen", "Meir", "2000", "Antwerpen", "03.06.01");
            _drugpunt = await Fiche("Drugpunt Leuven", "Tiensestraat", "3000", "Leuven", "03.07.01", trefwoorden: ["drugs"]);
            _huisarts = await Fiche("Groepspraktijk De Linde", "Kerkstraat", "9000", "Gent", "02.01.01", trefwoorden: ["huisarts"]);
            // In a hospital rubriek: one classified as a GP practice would rightly be found by its rubriek, "Huisartsenpraktijken".
            _specialisten = await Fiche("Dienst Artsen-specialisten Gent", "Veldstraat", "9000", "Gent", "02.06.01");
            _gentbrugge = await Fiche("Kinderopvang Het Bolleke", "Brusselsesteenweg", "9050", "Gentbrugge", "10.07.02");
            _gentCentrum = await Fiche("Kinderopvang De Kouter", "Kouter", "9000", "Gent", "10.07.02");
            _merelbeke = await Fiche("Kinderopvang Merelbeke", "Hundelgemsesteenweg", "9820", "Merelbeke", "10.07.02");
            await Host.Change(_merelbeke, "working-area", new
            {
                workingArea = new { areas = new object[] { new { kind = "establishedIn", placeKind = "municipality", code = "44088" }, new { kind = "alsoServesPeopleFrom", placeKind = "municipality", code = "44021" } } },
                version = 2,
            });
            _dakloos = await Fiche("Nachtopvang De Vaart", "Havenstraat", "2800", "Mechelen", "01.01.02", operation: "Opvang voor wie dakloos is.");
            _hofke = await Fiche("'t Hofke", "Markt", "3000", "Leuven", "04.09");
            _gravenwezel = await Fiche("'s-Gravenwezelse Thuiszorg", "Dorp", "2970", "Schilde", "04.09");
            _ijzer = await Fiche("IJzerhuis", "Markt", "8900", "Ieper", "04.09");
            _izegem = await Fiche("Izegemse Thuiszorg", "Markt", "8870", "Izegem", "04.09");
            _psycholoog = await Fiche("Psychologenpraktijk Peeters", "Stationsstraat", "2800", "Mechelen", "03.06.01");
            _alcohol = await Fiche("Alcoholhulp De Brug", "Zuidstraat", "8000", "Brugge", "03.07.04");
            _deMan = await Fiche("Apotheek De Man", "Markt", "8000", "Brugge", "02.02");
        }, 30_000);
    }

    private async Task<Guid> Fiche(string name, string street, string postcode, string municipality, string rubriek,
        string[]? trefwoorden = null, string? operation = null)
    {
        var id = (await (await Host.Scenario(x =>
        {
            x.Post.Json(new { name, address = new { street, number = "1", postcode, municipality }, phone = "09 123 45 67" }).ToUrl("/api/fiches");
            x.As(TestUsers.Coordinator);
            x.StatusCodeShouldBe(201);
        })).Json()).GetProperty("value").GetGuid();
        var version = 1;
        await Host.Change(id, "rubrieken", new { codes = new[] { rubriek }, version = version++ });
        if (trefwoorden is not null) await Host.Change(id, "trefwoorden", new { terms = trefwoorden, version = version++ });
        if (operation is not null)
            await Host.Change(id, "content", new { content = new { generalOperation = operation, targetGroup = new { tags = Array.Empty<string>() }, languages = new[] { "nl" } }, version = version++ });
        return id;
    }

    private async Task<JsonElement> Search(string query) => await (await Host.Scenario(x => x.Get.Url("/api/search?" + query))).Json();

    private static List<Guid> Ids(JsonElement result) => result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetGuid()).ToList();

    [Theory]
    [InlineData("Rienst rouwbegeleiding")] // the first letter
    [InlineData("Dienst rouwbegeleidnig")]
    [InlineData("Diest rouwbegeleiding")]  // a typo that makes another real word
    [InlineData("rouwbegeleidign")]
    public async Task a_typo_anywhere_in_a_word_finds_the_organisation(string q)
    {
        var result = await Search("q=" + Uri.EscapeDataString(q));
        Assert.Equal(_rouw, Ids(result).FirstOrDefault());
        // A typo late in a compound can still leave its parts matching as typed ("rouw" + "begeleid…").
        Assert.Contains(result.GetProperty("matching").GetString(), new[] { "Corrected", "All" });
    }

    [Theory]
    [InlineData("Rienst rouwbegeleiding")]
    [InlineData("Diest rouwbegeleiding")]
    public async Task the_answer_says_when_words_were_corrected(string q) =>
        Assert.Equal("Corrected", (await Search("q=" + Uri.EscapeDataString(q))).GetProperty("matching").GetString());

    [Fact]
    public async Task everyday_phrasing_finds_what_some_words_match_and_says_which_words_were_used()
    {
        var result = await Search("q=" + Uri.EscapeDataString("mijn zoon gebruikt drugs"));
        Assert.Equal(_drugpunt, Ids(result).FirstOrDefault());
        Assert.Equal("Some", result.GetProperty("matching").GetString());
        Assert.Contains("drugs", result.GetProperty("wordsUsed").EnumerateArray().Select(w => w.GetString()));
        Assert.Contains("zoon", result.GetProperty("wordsIgnored").EnumerateArray().Select(w => w.GetString()));
        Assert.DoesNotContain("mijn", result.GetProperty("wordsUsed").EnumerateArray().Select(w => w.GetString()));

        // The words ignored are the engine's own words, so punctuation never makes a used word look ignored.
        var asked = await Search("q=" + Uri.EscapeDataString("Mijn zoon gebruikt drugs?"));
        Assert.Equal(["zoon", "gebruikt"], asked.GetProperty("wordsIgnored").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task a_question_about_someone_finds_help_for_the_need_not_the_person()
    {
        // "man" says for whom, "drinkt te veel" what: the thesaurus leads to alcohol (the rubriek's name), not to "De Man".
        var ids = Ids(await Search("q=" + Uri.EscapeDataString("mijn man drinkt te veel")));
        Assert.Equal(_alcohol, ids.FirstOrDefault());
        Assert.DoesNotContain(_deMan, ids);
    }

    [Fact]
    public async Task a_thesaurus_phrase_counts_with_its_question_words()
    {
        // "zoeken" alone says nothing (a question word), but "zoeken naar werk" is the thesaurus' "werk zoeken" (VDAB).
        var vdab = Guid.Empty;
        await Host.ExecuteAndWaitAsync(async () => vdab = await Host.Register("VDAB Werkwinkel Brugge"), 30_000);
        var result = await Search("q=" + Uri.EscapeDataString("wie helpt bij het zoeken naar werk"));
        Assert.Equal(vdab, Ids(result).FirstOrDefault());
        Assert.Equal("All", result.GetProperty("matching").GetString()); // no word had to be dropped ("helpt" asks, it is no need)
    }

    [Fact]
    public async Task compounds_meet_both_ways()
    {
        var ids = Ids(await Search("q=" + Uri.EscapeDataString("opvang voor kinderen")));
        Assert.Contains(_gentbrugge, ids);
        Assert.Contains(_gentCentrum, ids);
        Assert.Contains(_gentbrugge, Ids(await Search("q=onthaalmoeder"))); // the thesaurus: onthaalouder, kinderopvang
    }

    [Fact]
    public async Task a_typo_corrected_to_a_thesaurus_word_finds_its_compounds_too()
    {
        // "psygoloog" is two edits from the thesaurus word psycholoog, which is part of "psychologenpraktijk".
        var result = await Search("q=psygoloog");
        Assert.Equal(_psycholoog, Ids(result).FirstOrDefault());
        Assert.Equal("Corrected", result.GetProperty("matching").GetString());
    }

    [Fact]
    public async Task plural_and_singular_meet() => Assert.Contains(_dakloos, Ids(await Search("q=daklozen")));

    [Fact]
    public async Task the_word_itself_outranks_a_broader_synonym()
    {
        var ids = Ids(await Search("q=huisarts"));
        Assert.Equal(_huisarts, ids.FirstOrDefault());
        Assert.DoesNotContain(_specialisten, ids); // "arts" is a synonym of huisarts, but not "artsen-specialisten"
    }

    [Fact]
    public async Task waar_ranks_what_is_in_the_deelgemeente_first_then_its_municipality_then_what_serves_it()
    {
        var ids = Ids(await Search("q=kinderopvang&waar=Gentbrugge"));
        Assert.Equal([_gentbrugge, _gentCentrum, _merelbeke], ids);
    }

    [Fact]
    public async Task the_municipality_facet_counts_where_fiches_are_established_and_its_filter_returns_that_count()
    {
        var result = await Search("q=kinderopvang&waar=Gent");
        var facet = result.GetProperty("municipalities").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["44021"] = 2, ["44088"] = 1 }, facet);
        foreach (var (nis, count) in facet)
            Assert.Equal(count, (await Search($"q=kinderopvang&waar=Gent&municipality={nis}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task the_rubriek_facet_count_equals_what_its_filter_returns()
    {
        var result = await Search("q=thuiszorg");
        foreach (var f in result.GetProperty("rubrieken").EnumerateArray())
            Assert.Equal(f.GetProperty("count").GetInt32(), (await Search($"q=thuiszorg&rubriek={f.GetProperty("value").GetString()}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task names_sort_in_dutch_order()
    {
        var names = (await Search("rubriek=04.09&sort=name")).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("name").GetString()).ToList();
        Assert.Equal(["'s-Gravenwezelse Thuiszorg", "'t Hofke", "Izegemse Thuiszorg", "IJzerhuis"], names);
    }

    [Fact]
    public async Task a_point_in_time_view_keeps_pages_apart_while_fiches_are_registered()
    {
        var first = await Search("q=kinderopvang&pageSize=1&sort=name");
        var view = first.GetProperty("view").GetString()!;
        await Host.ExecuteAndWaitAsync(async () => await Fiche("Kinderopvang Aardbeitje", "Markt", "9000", "Gent", "10.07.02"), 30_000);
        var second = await Search($"q=kinderopvang&pageSize=1&sort=name&page=2&view={Uri.EscapeDataString(view)}");
        var third = await Search($"q=kinderopvang&pageSize=1&sort=name&page=3&view={Uri.EscapeDataString(view)}");
        var seen = Ids(first).Concat(Ids(second)).Concat(Ids(third)).ToList();
        Assert.Equal(3, seen.Distinct().Count());
        Assert.Equal(3, second.GetProperty("total").GetInt32());
        // Without the view, the new fiche is there.
        Assert.Equal(4, (await Search("q=kinderopvang")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task when_nothing_serves_the_place_the_nearest_elsewhere_come_first_and_the_answer_says_so()
    {
        var result = await Search("q=drugpunt&waar=Heverlee");  // Leuven's deelgemeente: the Drugpunt is in Leuven and found
        Assert.False(result.GetProperty("waarWidened").GetBoolean());
        var far = await Search("q=rouwbegeleiding&waar=Kortrijk");
        Assert.True(far.GetProperty("waarWidened").GetBoolean());
        Assert.Equal(_rouw, Ids(far).FirstOrDefault());
        Assert.True(far.GetProperty("hits")[0].GetProperty("distanceKm").GetDouble() > 50);
    }

    [Fact]
    public async Task a_short_word_that_finds_nothing_suggests_a_word_the_directory_uses()
    {
        var result = await Search("q=dorq");
        Assert.Equal(0, result.GetProperty("total").GetInt32());
        Assert.Equal("dorp", result.GetProperty("didYouMean").GetString());
    }

    [Fact]
    public async Task an_unknown_place_suggests_the_place_meant()
    {
        var response = await Host.Scenario(x => { x.Get.Url("/api/search?q=kinderopvang&waar=Gentbrugg"); x.StatusCodeShouldBe(400); });
        var problem = await response.Json();
        Assert.Contains("Bedoelde je Gentbrugge", problem.GetProperty("errors").GetProperty("waar")[0].GetString());
    }
}
