using SocialeKaart.Modules.Contracts.Search;
using SocialeKaart.Modules.Search.Engine;
using SocialeKaart.Modules.Search.Typesense;

namespace SocialeKaart.UnitTests.Search;

/// <summary>The parts of the Typesense adapter that need no server: filters, sorting and scoped keys.</summary>
public sealed class TypesenseRequestTests
{
    [Fact]
    public void a_value_cannot_break_out_of_its_backticks()
    {
        var hostile = "9000` && status:=defunct || name:=`x";
        var filter = TypesenseFilter.AnyOf("area", [hostile]);
        Assert.Equal("area:=[`9000\\` && status:=defunct || name:=\\`x`]", filter);
        Assert.Equal("`a\\\\b`", TypesenseFilter.Literal("a\\b"));
    }

    [Fact]
    public void filters_exclude_defunct_and_combine_area_rubrieken_parents_and_trefwoorden()
    {
        var request = new SearchRequest(Municipalities: ["44021", "44088"], Rubrieken: ["14"], OnlyParents: true,
            Advanced: new AdvancedCriteria(Trefwoorden: ["drugs", "alcohol"], AllTrefwoorden: false));
        Assert.Equal("status:!=`defunct` && is_parent:=true && area:=[`44021`,`44088`] && rubriek:=[`14`] && trefwoorden:=[`drugs`,`alcohol`]",
            TypesenseFilter.For(request));
    }

    [Fact]
    public void all_trefwoorden_means_one_clause_each()
    {
        var request = new SearchRequest(Advanced: new AdvancedCriteria(Trefwoorden: ["drugs", "alcohol"]));
        Assert.EndsWith("trefwoorden:=`drugs` && trefwoorden:=`alcohol`", TypesenseFilter.For(request));
    }

    [Fact]
    public void distance_sorting_uses_the_geopoint_with_invariant_numbers()
    {
        var sort = TypesenseFilter.SortFor(new SearchRequest(Sort: SearchSort.Distance, NearLat: 51.05, NearLon: 3.72));
        Assert.Equal("location(51.05, 3.72):asc,name_sort:asc", sort);
    }

    [Fact]
    public void the_scoped_key_follows_the_typesense_algorithm()
    {
        // Expected value computed independently (Python hmac/hashlib/base64) from Typesense's documented algorithm.
        var key = ScopedSearchKey.Derive("RN23GFr1s6jQ9kgSNg2O7fYcAUXU7127", "{\"filter_by\":\"company_id:124\",\"expires_at\":1906054106}");
        Assert.Equal("OW9DYWZGS1Q1RGdSbmo0S1QrOWxhbk9PL2kxbTU1eXA3bCthdmE5eXJKRT1STjIzeyJmaWx0ZXJfYnkiOiJjb21wYW55X2lkOjEyNCIsImV4cGlyZXNfYXQiOjE5MDYwNTQxMDZ9", key);
    }

    [Fact]
    public void the_public_key_embeds_the_defunct_filter_and_expiry()
    {
        var key = ScopedSearchKey.ForPublicSearch("abcdEFGHijklMNOP", DateTimeOffset.FromUnixTimeSeconds(2_000_000_000));
        var raw = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(key));
        // A SHA-256 digest is 44 base64 characters; then the key's first four characters; then the embedded parameters.
        Assert.Equal("abcd", raw[44..48]);
        var parameters = System.Text.Json.JsonDocument.Parse(raw[48..]).RootElement;
        Assert.Equal("status:!=`defunct`", parameters.GetProperty("filter_by").GetString());
        Assert.Equal(2_000_000_000, parameters.GetProperty("expires_at").GetInt64());
    }

    [Fact]
    public void the_first_advanced_text_is_the_query_and_the_others_filter_on_their_own_fields()
    {
        var parameters = TypesenseQuery.For(new SearchRequest(Advanced: new AdvancedCriteria(Person: "Els Jansen", Street: "Dorp`straat",
            Term: "huisbezoek", TermIn: [TermField.Tasks, TermField.GeneralOperation])));
        Assert.Equal("Els Jansen", parameters["q"]);
        Assert.Equal("person", parameters["query_by"]);
        Assert.False(parameters.ContainsKey("query_by_weights"));
        Assert.Equal("status:!=`defunct` && (street:`Dorp\\`straat`) && (tasks:`huisbezoek` || operation:`huisbezoek`)", parameters["filter_by"]);
    }

    [Fact]
    public void quick_search_queries_names_people_and_text_with_weights_and_the_thesaurus_when_given()
    {
        var plain = TypesenseQuery.For(new SearchRequest("kinderopvang"));
        Assert.Equal(("kinderopvang", "name,people,text", "6,3,2"), (plain["q"], plain["query_by"], plain["query_by_weights"]));
        Assert.False(plain.ContainsKey("synonym_sets"));
        var withThesaurus = TypesenseQuery.For(new SearchRequest("ocmw", Synonyms: [["OCMW", "sociaal huis"]]));
        Assert.Equal("fiche-thesaurus", withThesaurus["synonym_sets"]);
        Assert.Equal("*", TypesenseQuery.For(new SearchRequest())["q"]);
    }

    [Fact]
    public void waar_ranks_the_place_itself_first_and_the_facet_filters_on_where_fiches_are_established()
    {
        var request = new SearchRequest("kinderopvang", ["44021"], LocatedIn: ["44021"],
            Place: new PlaceRanking(["loc:44021|gentbrugge"], ["44021"], null));
        Assert.StartsWith("_eval([(located_place:=[`loc:44021|gentbrugge`]):2,(located_place:=[`nis:44021`]):1]):desc,_text_match:desc",
            TypesenseFilter.SortFor(request));
        Assert.Contains("municipality:=[`44021`]", TypesenseFilter.For(request));
    }

    [Fact]
    public void question_words_are_left_out_and_partial_matches_are_allowed()
    {
        var parameters = TypesenseQuery.For(new SearchRequest("Waar kan mijn zoon met drugs terecht?"));
        Assert.Equal("drugs", parameters["q"]); // "zoon" says for whom, "drugs" what: Typesense has no optional words
        Assert.Equal("1", parameters["drop_tokens_threshold"]);
        Assert.Equal("moeder", TypesenseQuery.For(new SearchRequest("mijn moeder"))["q"]);
    }
}
