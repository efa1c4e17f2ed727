using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Contracts.Search;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.UnitTests.Search;

/// <summary>
/// What every search engine behind <see cref="ISearchEngine"/> must do. Runs against the embedded Lucene.NET
/// engine always; a Typesense engine class derives from it to run the same suite against a real server.
/// </summary>
public abstract class SearchEngineContract : IAsyncLifetime
{
    protected ISearchEngine Engine { get; private set; } = null!;

    /// <summary>Why this engine cannot be tested here (no server configured), or null when it can.</summary>
    protected virtual string? Unavailable => null;

    protected abstract Task<ISearchEngine> CreateEngineAsync();

    public async Task InitializeAsync()
    {
        if (Unavailable is null) Engine = await CreateEngineAsync();
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected static SearchDocument Doc(int n, string name, string nis = "44021", string postcode = "9000", string locality = "Gent",
        string[]? rubrieken = null, string status = "active", long version = 1, Guid? parent = null, double lat = 51.05, double lon = 3.72,
        string[]? area = null, string[]? trefwoorden = null) =>
        new(new Guid(n, 0, 0, new byte[8]), version,
            new FicheSnapshot(name, null, [], status, parent,
                [new FicheSnapshotLocation("Veldstraat", postcode, locality, nis, locality, lat, lon)], [], [], ["iedereen"], null,
                "Informatie en advies.", null, rubrieken ?? [], trefwoorden ?? [], area ?? [nis], null),
            rubrieken is null ? [] : rubrieken.SelectMany(Ancestors).Distinct().ToList());

    private static IEnumerable<string> Ancestors(string code)
    {
        for (var c = code; ; c = c[..c.LastIndexOf('.')])
        {
            yield return c;
            if (!c.Contains('.')) yield break;
        }
    }

    protected async Task Index(params SearchDocument[] documents)
    {
        foreach (var d in documents) await Engine.UpsertAsync(d, CancellationToken.None);
    }

    protected async Task<List<string>> Names(SearchRequest request) =>
        (await Engine.SearchAsync(request, CancellationToken.None)).Hits.Select(h => h.Name).ToList();

    [SkippableFact]
    public async Task languages_target_groups_and_open_now_filter_with_facets_that_agree()
    {
        Skip.If(Unavailable is not null, Unavailable);
        static SearchDocument With(SearchDocument d, string[] languages, string[] groups, FicheSnapshotHours? hours, string? cost = null) =>
            d with { Fiche = d.Fiche with { Languages = languages, TargetGroups = groups, Hours = hours, Cost = cost } };
        var weekdays = new FicheSnapshotHours(
            [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday }.Select(day => new WeeklySlot(day, new TimeOnly(9, 0), new TimeOnly(17, 0), false))], []);
        await Index(
            With(Doc(1, "Onthaal Noord"), ["nl", "fr"], ["ouderen"], weekdays, "free"),
            With(Doc(2, "Onthaal Zuid"), ["nl"], ["jongeren", "ouderen"], null, "free"),
            With(Doc(3, "Onthaal Oost"), ["nl", "en"], ["jongeren"], weekdays, "incomeBased"));

        var all = await Engine.SearchAsync(new SearchRequest("onthaal"), CancellationToken.None);
        Assert.Equal([new FacetValue("nl", 3), new FacetValue("en", 1), new FacetValue("fr", 1)], all.LanguageFacet);
        Assert.Equal([new FacetValue("jongeren", 2), new FacetValue("ouderen", 2)], all.TargetGroupFacet);
        Assert.Equal([new FacetValue("free", 2), new FacetValue("incomeBased", 1)], all.CostFacet);
        Assert.Equal(["Onthaal Oost"], await Names(new SearchRequest("onthaal", Costs: ["incomeBased"])));
        Assert.Equal(["Onthaal Noord"], await Names(new SearchRequest("onthaal", Languages: ["fr"])));
        Assert.Equal(["Onthaal Oost", "Onthaal Zuid"], (await Names(new SearchRequest("onthaal", TargetGroups: ["jongeren"]))).Order());

        var mondayMorning = OpenNowTerms.At(new DateTime(2026, 11, 30, 10, 0, 0));
        Assert.Equal(["Onthaal Noord", "Onthaal Oost"], (await Names(new SearchRequest("onthaal", OpenAt: mondayMorning))).Order());
        Assert.Empty(await Names(new SearchRequest("onthaal", OpenAt: OpenNowTerms.At(new DateTime(2026, 12, 2, 10, 0, 0))))); // a Wednesday
        var both = await Engine.SearchAsync(new SearchRequest("onthaal", OpenAt: mondayMorning, TargetGroups: ["jongeren"]), CancellationToken.None);
        Assert.Equal("Onthaal Oost", Assert.Single(both.Hits).Name);
        Assert.Equal([new FacetValue("nl", 1), new FacetValue("en", 1)], both.LanguageFacet!.OrderByDescending(f => f.Value == "nl").ToList());
    }

    [SkippableFact]
    public async Task an_indexed_fiche_is_found_by_its_name()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "Kinderopvang De Speelboom"), Doc(2, "Thuisverpleging Zorgzaam"));
        Assert.Equal(["Kinderopvang De Speelboom"], await Names(new SearchRequest("speelboom")));
    }

    [SkippableFact]
    public async Task a_newer_version_replaces_the_old_one()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "Jeugdhulp Oud"), Doc(1, "Jeugdhulp Nieuw", version: 2));
        Assert.Empty(await Names(new SearchRequest("oud")));
        Assert.Equal(["Jeugdhulp Nieuw"], await Names(new SearchRequest("nieuw")));
        Assert.Equal(1, await Engine.CountAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task a_defunct_fiche_disappears_and_a_temporarily_closed_one_says_so()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "Buurthuis Zonneschijn"), Doc(1, "Buurthuis Zonneschijn", status: "defunct", version: 2), Doc(2, "Buurthuis Regenboog", status: "temporarilyClosed"));
        var hits = (await Engine.SearchAsync(new SearchRequest("buurthuis"), CancellationToken.None)).Hits;
        Assert.Equal("temporarilyClosed", Assert.Single(hits).Status);
    }

    [SkippableFact]
    public async Task typos_are_forgiven_on_longer_words_only_and_exact_ranks_first()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "Kinderopvang Pluim"), Doc(2, "CAW Oost-Vlaanderen"), Doc(3, "Kinderopvangcentrum Pluim"));
        Assert.Contains("Kinderopvang Pluim", await Names(new SearchRequest("kinderopvnag")));
        Assert.Empty(await Names(new SearchRequest("cav")));
        Assert.Equal("Kinderopvang Pluim", (await Names(new SearchRequest("kinderopvang")))[0]);
    }

    [SkippableFact]
    public async Task corrections_are_tried_only_when_the_words_as_typed_find_nothing()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "Jeugdhuis Vlinter"), Doc(2, "Kinderopvang Vlinder"));
        // "vlinter" exists as typed: the name one edit away ("vlinder") is not mixed in.
        Assert.Equal(["Jeugdhuis Vlinter"], await Names(new SearchRequest("vlinter")));
        // "vlinler" exists nowhere: now both, each one edit away, are found.
        Assert.Equal(2, (await Names(new SearchRequest("vlinler"))).Count);
    }

    [SkippableFact]
    public async Task a_corrected_word_in_the_name_ranks_above_one_elsewhere()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "Gezinsopvang Bram", trefwoorden: ["kinderopvang"]), Doc(2, "Kinderopvang Pluim"));
        Assert.Equal("Kinderopvang Pluim", (await Names(new SearchRequest("kinderopvnag")))[0]);
    }

    [SkippableFact]
    public async Task accents_and_case_do_not_matter()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "Dienst voor coördinatie"), Doc(2, "Crèche Het Nestje"));
        Assert.Equal(["Dienst voor coördinatie"], await Names(new SearchRequest("COORDINATIE")));
        Assert.Equal(["Crèche Het Nestje"], await Names(new SearchRequest("creche")));
    }

    [SkippableFact]
    public async Task the_area_filter_matches_the_working_area()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "Thuiszorg Gent", area: ["44021", "44088"]), Doc(2, "Thuiszorg Leuven", nis: "24062", area: ["24062"]));
        Assert.Equal(["Thuiszorg Gent"], await Names(new SearchRequest(Municipalities: ["44088"])));
    }

    [SkippableFact]
    public async Task a_rubriek_filter_includes_descendants_and_facets_count_the_whole_result()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "WZC Sint-Jozef", rubrieken: ["14.04.01"]), Doc(2, "Dagverzorging De Linde", rubrieken: ["14.03.01"], nis: "24062"),
            Doc(3, "Huisartsenpraktijk Peeters", rubrieken: ["02.01.01"]));
        var result = await Engine.SearchAsync(new SearchRequest(Rubrieken: ["14"], PageSize: 1), CancellationToken.None);
        Assert.Equal(2, result.Total);
        Assert.Single(result.Hits);
        Assert.Equal([new FacetValue("14.03.01", 1), new FacetValue("14.04.01", 1)], result.RubriekFacet.OrderBy(f => f.Value));
        Assert.Equal(2, result.MunicipalityFacet.Sum(f => f.Count));
    }

    [SkippableFact]
    public async Task sorting_by_name_pages_in_a_stable_order()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "Bravo"), Doc(2, "alfa"), Doc(3, "Charlie"), Doc(4, "Älfa bis"));
        var pages = new List<string>();
        for (var page = 1; page <= 2; page++) pages.AddRange(await Names(new SearchRequest(Sort: SearchSort.Name, Page: page, PageSize: 2)));
        Assert.Equal(["alfa", "Älfa bis", "Bravo", "Charlie"], pages);
    }

    [SkippableFact]
    public async Task the_map_gets_the_points_of_all_results_and_distance_sorts_nearest_first()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "Gent", lat: 51.05, lon: 3.72), Doc(2, "Antwerpen", lat: 51.22, lon: 4.40), Doc(3, "Leuven", lat: 50.88, lon: 4.70));
        var all = await Engine.SearchAsync(new SearchRequest(PageSize: 1, IncludePoints: true), CancellationToken.None);
        Assert.Equal(3, all.Points!.Count);
        Assert.Equal(["Leuven", "Antwerpen", "Gent"], await Names(new SearchRequest(Sort: SearchSort.Distance, NearLat: 50.85, NearLon: 4.35)));
    }

    [SkippableFact]
    public async Task only_parent_organisations()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "CAW Limburg"), Doc(2, "CAW Limburg Genk", parent: new Guid(1, 0, 0, new byte[8])));
        Assert.Equal(["CAW Limburg"], await Names(new SearchRequest("caw", OnlyParents: true)));
    }

    [SkippableFact]
    public async Task synonyms_lead_to_the_same_fiches()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "Sociaal Huis Melle"));
        IReadOnlyList<IReadOnlyList<string>> synonyms = [["OCMW", "sociaal huis", "openbaar centrum voor maatschappelijk welzijn"]];
        Assert.Equal(["Sociaal Huis Melle"], await Names(new SearchRequest("ocmw", Synonyms: synonyms)));
    }

    [SkippableFact]
    public async Task only_the_last_word_of_several_is_a_prefix()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "Kapsalon Zonnebloem"), Doc(2, "Kap Zonnebloem"));
        // "kap" before another word is a whole word (not "kapsalon"); the last word is the one being typed.
        Assert.Equal(["Kap Zonnebloem"], await Names(new SearchRequest("kap zonnebloem")));
        Assert.Equal(["Kap Zonnebloem", "Kapsalon Zonnebloem"], (await Names(new SearchRequest("zonnebloem kap"))).Order());
    }

    [SkippableFact]
    public async Task who_the_help_is_for_ranks_but_is_not_required()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "Alcohol- en drugpreventie"), Doc(2, "Drugpreventie voor moeder en kind"), Doc(3, "Moederhuis De Ark"));
        // "moeder" says for whom: the drug services come; a house for mothers without drugs does not.
        Assert.Equal(["Alcohol- en drugpreventie", "Drugpreventie voor moeder en kind"], (await Names(new SearchRequest("moeder drugpreventie"))).Order());
    }

    [SkippableFact]
    public async Task the_names_of_a_fiches_rubrieken_are_searched_as_its_text()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "De Kast vzw", rubrieken: ["09.02"]) with { RubriekNames = ["Voedselhulp"] }, Doc(2, "Buurtwerk Noord"));
        Assert.Equal(["De Kast vzw"], await Names(new SearchRequest("voedselhulp")));
    }

    [SkippableFact]
    public async Task names_are_suggested_from_a_prefix()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "Kinderopvang Pluim"), Doc(2, "Kinesitherapie Maes"), Doc(3, "Huisarts Kindt"));
        Assert.Equal(["Kinderopvang Pluim", "Kinesitherapie Maes", "Huisarts Kindt"], await Engine.SuggestNamesAsync("kin", 5, CancellationToken.None));
        Assert.Equal(["Kinderopvang Pluim"], await Engine.SuggestNamesAsync("kin", 1, CancellationToken.None));
    }

    [SkippableFact]
    public async Task a_rebuild_replaces_the_whole_index_at_once()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index(Doc(1, "Oude inhoud"));
        await Engine.RebuildAsync(new[] { Doc(2, "Nieuwe inhoud A"), Doc(3, "Nieuwe inhoud B") }.ToAsyncEnumerable(), CancellationToken.None);
        Assert.Equal(2, await Engine.CountAsync(CancellationToken.None));
        Assert.Empty(await Names(new SearchRequest("oude")));
        Assert.Equal(new Dictionary<Guid, long> { [new Guid(2, 0, 0, new byte[8])] = 1, [new Guid(3, 0, 0, new byte[8])] = 1 }, await Engine.VersionsAsync(CancellationToken.None));
    }

    private static SearchDocument Detailed(int n, string name, string person, string activity, string street, string operation, string tasks, string[] trefwoorden)
    {
        var d = Doc(n, name, trefwoorden: trefwoorden);
        var location = d.Fiche.Locations[0] with { Street = street };
        return d with
        {
            Fiche = d.Fiche with
            {
                PersonNames = [person], Activities = [new FicheSnapshotActivity(activity, null, [], [])], Locations = [location],
                GeneralOperation = operation, Tasks = tasks,
            },
        };
    }

    private Task IndexDetailed() => Index(
        Detailed(1, "Centrum Kompas", "Els Jansen", "Praatgroep ouders", "Kortrijksesteenweg", "Begeleiding bij verslaving.", "Huisbezoeken en groepswerk.", ["drugs", "alcohol"]),
        Detailed(2, "Huis van het Kind Jansen", "Piet Peeters", "Babymassage", "Dorpstraat", "Ondersteuning van jonge gezinnen.", "Consultaties en huisbezoeken.", ["opvoeding"]),
        Detailed(3, "Vrijetijdspunt", "An Claes", "Zwemles", "Kortrijksesteenweg", "Vrije tijd voor iedereen.", "Sport en spel.", ["alcohol"]));

    [SkippableFact]
    public async Task advanced_fields_search_only_their_own_part_of_the_fiche()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await IndexDetailed();
        // "Jansen" is a person at Kompas and part of the name of the Huis van het Kind: each field finds only its own.
        Assert.Equal(["Centrum Kompas"], await Names(new SearchRequest(Advanced: new AdvancedCriteria(Person: "jansen"))));
        Assert.Equal(["Huis van het Kind Jansen"], await Names(new SearchRequest(Advanced: new AdvancedCriteria(Organisation: "jansen"))));
        Assert.Equal(["Huis van het Kind Jansen"], await Names(new SearchRequest(Advanced: new AdvancedCriteria(Activity: "babymassage"))));
        Assert.Equal(["Centrum Kompas", "Vrijetijdspunt"], (await Names(new SearchRequest(Sort: SearchSort.Name, Advanced: new AdvancedCriteria(Street: "kortrijksesteenweg")))));
        // Two fields at once must both hold.
        Assert.Equal(["Vrijetijdspunt"], await Names(new SearchRequest(Advanced: new AdvancedCriteria(Person: "claes", Street: "kortrijksesteenweg"))));
        Assert.Empty(await Names(new SearchRequest(Advanced: new AdvancedCriteria(Person: "peeters", Street: "kortrijksesteenweg"))));
    }

    [SkippableFact]
    public async Task a_term_matches_only_in_the_chosen_parts()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await IndexDetailed();
        Assert.Equal(["Centrum Kompas", "Huis van het Kind Jansen"],
            await Names(new SearchRequest(Sort: SearchSort.Name, Advanced: new AdvancedCriteria(Term: "huisbezoeken", TermIn: [TermField.Tasks]))));
        Assert.Empty(await Names(new SearchRequest(Advanced: new AdvancedCriteria(Term: "huisbezoeken", TermIn: [TermField.GeneralOperation]))));
        Assert.Equal(["Centrum Kompas"], await Names(new SearchRequest(Advanced: new AdvancedCriteria(Term: "verslaving", TermIn: [TermField.GeneralOperation]))));
    }

    [SkippableFact]
    public async Task trefwoorden_combine_with_and_or_or()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await IndexDetailed();
        Assert.Equal(["Centrum Kompas"], await Names(new SearchRequest(Advanced: new AdvancedCriteria(Trefwoorden: ["drugs", "alcohol"], AllTrefwoorden: true))));
        Assert.Equal(["Centrum Kompas", "Vrijetijdspunt"],
            await Names(new SearchRequest(Sort: SearchSort.Name, Advanced: new AdvancedCriteria(Trefwoorden: ["drugs", "alcohol"], AllTrefwoorden: false))));
    }
}
