using System.Net;
using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;
using Wolverine.Tracking;

namespace SocialeKaart.IntegrationTests.Site;

/// <summary>The public pages through HTTP: what they answer, in Dutch, for good and bad addresses. (Browser tests drive them too.)</summary>
public sealed class PublicPagesTests(AppFixture app) : IntegrationTest(app)
{
    private Guid _speelboom, _nestje;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.ExecuteAndWaitAsync(async () =>
        {
            _speelboom = await Host.Register("Kinderopvang De Speelboom");
            await Host.Change(_speelboom, "rubrieken", new { codes = new[] { "10.07.02" }, version = 1 });
            await Host.Change(_speelboom, "content", new
            {
                content = new { generalOperation = "Opvang voor baby's en peuters <script>alert('x')</script>", targetGroup = new { tags = Array.Empty<string>() }, languages = Array.Empty<string>() },
                version = 2,
            });
            _nestje = await Host.Register("Kinderopvang Het Nestje");
            await Host.Change(_nestje, "close-temporarily", new { reason = "Verbouwingen", version = 1 }, method: "POST");
        }, 30_000);
    }

    private async Task<(int Status, string Html, IScenarioResult Result)> Get(string url, int status = 200)
    {
        var result = await Host.Scenario(x => { x.Get.Url(url); x.StatusCodeShouldBe(status); });
        return (status, await result.ReadAsTextAsync(), result);
    }

    [Fact]
    public async Task the_home_page_asks_who_or_what_and_where_in_dutch()
    {
        var (_, html, result) = await Get("/");
        Assert.StartsWith("text/html", result.Context.Response.ContentType);
        Assert.Contains("<html lang=\"nl-BE\">", html);
        Assert.DoesNotContain("&#x", html.Replace("&#x27;", "")); // Dutch letters as themselves, only HTML's own characters escaped
        Assert.Contains("Wie of wat zoek je?", html);
        Assert.Contains("<label for=\"waar\">Waar?</label>", html);
        Assert.Contains("href=\"#inhoud\"", html); // skip link
        Assert.Contains("/zoeken?rubriek=10", html); // themes from the rubriek tree
    }

    [Fact]
    public async Task results_show_the_count_the_cards_and_the_filters_from_the_url()
    {
        var (_, html, _) = await Get("/zoeken?q=kinderopvang&waar=Gentbrugge");
        Assert.Contains("2 resultaten", html);
        Assert.Contains($"/organisatie/{_speelboom}/kinderopvang-de-speelboom", html);
        Assert.Contains("Tijdelijk gesloten", html);
        Assert.Contains("name=\"rubriek\" value=\"10.07.02\"", html);
        // The card: short description (escaped), phone and rubriek names.
        Assert.Contains("<p class=\"summary\">Opvang voor baby&#x27;s en peuters &lt;script&gt;", html);
        Assert.Contains("href=\"tel:092650400\"", html);

        var (_, filtered, _) = await Get("/zoeken?q=kinderopvang&waar=Gentbrugge&rubriek=10.07.02&sorteer=naam");
        Assert.Contains("1 resultaat", filtered);
        Assert.Contains("<option value=\"naam\" selected=\"selected\">", filtered);
    }

    [Fact]
    public async Task a_search_that_finds_nothing_says_what_to_try()
    {
        var (_, html, _) = await Get("/zoeken?q=paardentherapie");
        Assert.Contains("We vonden geen organisaties", html);
        // No dead end: the helplines, to speak to someone now.
        Assert.Contains("href=\"tel:106\"", html);
        Assert.DoesNotContain("helplines-urgent", html);
        Assert.DoesNotContain("Zoek in heel Vlaanderen", html); // nothing narrowed the search: nothing to widen
    }

    [Fact]
    public async Task a_place_or_filter_that_leaves_nothing_offers_the_whole_directory_and_the_rubrieken_that_fit()
    {
        var (_, html, _) = await Get("/zoeken?q=kinderopvang&waar=Gentbrugge&rubriek=04.02");
        Assert.Contains("We vonden geen organisaties", html);
        Assert.Contains("<a href=\"/zoeken?q=kinderopvang\">Zoek in heel Vlaanderen en Brussel (2 resultaten)</a>", html);
        // The rubriek the words lead to, in the place asked for.
        Assert.Contains("<a href=\"/zoeken?rubriek=10.07.02&amp;waar=Gentbrugge\">Groepsopvang voor kinderen</a>", html);
    }

    [Theory]
    [InlineData("zelfmoord")]
    [InlineData("suïcide gedachten")]
    [InlineData("huiselijk geweld")]
    public async Task words_of_crisis_put_the_helplines_above_the_results(string q)
    {
        var (_, html, _) = await Get("/zoeken?q=" + Uri.EscapeDataString(q));
        var helplines = html.IndexOf("helplines-urgent", StringComparison.Ordinal);
        Assert.True(helplines > 0, "no helplines for " + q);
        Assert.Contains("href=\"tel:1813\"", html);
        Assert.InRange(helplines, 0, html.IndexOf("id=\"resultaten\"", StringComparison.Ordinal));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"helplines"));
    }

    [Theory]
    [InlineData("/zoeken?q=x&pagina=abc", "Kies een pagina van 1 tot 500.")]
    [InlineData("/zoeken?q=x&pagina=99999", "Kies een pagina van 1 tot 500.")]
    [InlineData("/zoeken?q=x&sorteer=random", "Kies een sortering uit de lijst.")]
    [InlineData("/zoeken?q=x&waar=Atlantis", "is geen gemeente, deelgemeente, postcode, provincie of regio die we kennen")]
    [InlineData("/zoeken?rubriek=99.99", "Rubriek &#x27;99.99&#x27; bestaat niet.")]
    [InlineData("/zoeken?gemeente=1%27%20OR%201=1", "Onbekende NIS-code")]
    public async Task manipulated_addresses_get_a_clear_message_and_a_400(string url, string message)
    {
        var (_, html, _) = await Get(url, 400);
        Assert.Contains("Deze zoekopdracht kunnen we niet uitvoeren", html);
        Assert.Contains(message, html);
    }

    [Fact]
    public async Task script_typed_in_the_search_box_is_shown_as_text()
    {
        var (_, html, _) = await Get("/zoeken?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task a_fiche_has_a_clean_address_and_old_addresses_redirect_to_it()
    {
        var moved = await Host.Scenario(x => { x.Get.Url($"/organisatie/{_speelboom}"); x.StatusCodeShouldBe(HttpStatusCode.MovedPermanently); });
        Assert.Equal($"/organisatie/{_speelboom}/kinderopvang-de-speelboom", moved.Context.Response.Headers.Location.ToString());

        var (_, html, _) = await Get($"/organisatie/{_speelboom}/kinderopvang-de-speelboom");
        Assert.Contains("<h1>Kinderopvang De Speelboom</h1>", html);
        Assert.Contains("Kortrijksesteenweg 83", html);
        Assert.Contains("09 265 04 00", html);
        Assert.Contains("\"@type\":\"Organization\"", html);
        // Phone first: the call button and the route come before what the organisation does; no map library until asked.
        Assert.InRange(html.IndexOf("class=\"action action-call\" href=\"tel:092650400\"", StringComparison.Ordinal), 0, html.IndexOf("id=\"werking\"", StringComparison.Ordinal));
        Assert.Contains("href=\"https://www.google.com/maps/dir/?api=1&amp;destination=Kortrijksesteenweg%2083%2C%209000", html);
        Assert.DoesNotContain("<script src=\"/assets/vendor/leaflet/", html);
        Assert.DoesNotContain("<link rel=\"stylesheet\" href=\"/assets/vendor/leaflet/", html);
        // Text from the fiche is escaped on the page and inside the JSON-LD.
        Assert.DoesNotContain("<script>alert('x')</script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("\\u003Cscript\\u003E", html);
    }

    [Fact]
    public async Task a_temporarily_closed_fiche_says_so()
    {
        var (_, html, _) = await Get($"/organisatie/{_nestje}/kinderopvang-het-nestje");
        Assert.Contains("Tijdelijk gesloten: Verbouwingen", html);
    }

    [Fact]
    public async Task unknown_fiches_and_pages_get_a_helpful_404_page_but_the_api_keeps_problem_json()
    {
        var (_, fiche, _) = await Get($"/organisatie/{Guid.NewGuid()}/iets", 404);
        Assert.Contains("We vinden geen organisatie met dit adres", fiche);
        var (_, page, _) = await Get("/bestaat/niet", 404);
        Assert.Contains("Pagina niet gevonden", page);
        // An unknown API address is not a page: it stays problem+json (401 without a key, as for every closed API path).
        var api = await Host.Scenario(x => { x.Get.Url("/api/bestaat-niet"); x.StatusCodeShouldBe(401); });
        Assert.Equal("application/problem+json", api.Context.Response.ContentType);
    }

    [Fact]
    public async Task the_stylesheet_is_served_with_a_long_cache_lifetime()
    {
        var (_, html, _) = await Get("/");
        var href = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/assets/css/site.css\\?v=[0-9a-f]{12})\"").Groups[1].Value;
        Assert.NotEmpty(href);
        var css = await Host.Scenario(x => x.Get.Url(href));
        Assert.Equal("text/css", css.Context.Response.ContentType);
        Assert.Contains("immutable", css.Context.Response.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task the_about_page_says_what_the_social_map_is_and_is_not()
    {
        var (_, about, _) = await Get("/over");
        Assert.Contains("Wat de Sociale Kaart niet is", about);
        Assert.Contains("tel:112", about);
        var (_, contact, _) = await Get("/contact");
        Assert.Contains("<h1>Contact</h1>", contact);
    }

    [Fact]
    public async Task the_sitemap_lists_every_organisation_page_and_robots_points_to_it()
    {
        var (_, xml, result) = await Get("/sitemap.xml");
        Assert.StartsWith("application/xml", result.Context.Response.ContentType);
        var document = System.Xml.Linq.XDocument.Parse(xml);
        var locations = document.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Contains(locations, l => l.EndsWith($"/organisatie/{_speelboom}/kinderopvang-de-speelboom", StringComparison.Ordinal));
        Assert.Contains(locations, l => l.EndsWith($"/organisatie/{_nestje}/kinderopvang-het-nestje", StringComparison.Ordinal));
        var (_, robots, _) = await Get("/robots.txt");
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
    }

    [Fact]
    public async Task browsing_by_rubriek_shows_the_tree_with_links_to_results()
    {
        var (_, html, _) = await Get("/rubrieken");
        Assert.Contains("<h1>Zoeken per rubriek</h1>", html);
        Assert.Contains("href=\"/zoeken?rubriek=10.07.02\"", html);
        Assert.Contains("href=\"/zoeken?rubriek=10\"", html);
        // Folded main rubrieken, each with how many organisations it has.
        Assert.Matches("<summary><span class=\"rubriek-name\">[^<]+</span> <span class=\"count\">\\(\\d+\\)</span></summary>", html);
        Assert.DoesNotContain("<details open", html);

        // The filter box without JavaScript: only the rubrieken named so, and the branches that hold them, open.
        var (_, filtered, _) = await Get("/rubrieken?zoek=groepsopvang");
        Assert.Contains("Groepsopvang voor kinderen", filtered);
        Assert.DoesNotContain("Thuisverpleging", filtered);
        Assert.Contains("<details open", filtered);
        var (_, none, _) = await Get("/rubrieken?zoek=xyzzy");
        Assert.Contains("Geen rubriek heet zo", none);
        Assert.Contains("href=\"/zoeken?q=xyzzy\"", none);
    }

    [Fact]
    public async Task advanced_search_combines_its_parts_and_names_bad_input()
    {
        var (_, form, _) = await Get("/uitgebreid-zoeken");
        Assert.Contains("<details", form);
        Assert.Contains("name=\"rubriek\" type=\"checkbox\" value=\"10.07.02\"", form);
        Assert.DoesNotContain("resultaten", form); // nothing asked yet: no results section

        var (_, found, _) = await Get("/uitgebreid-zoeken?organisatie=speelboom&rubriek=10.07.02&rubriek=04.02&gemeenten=Gentbrugge&modus=or");
        Assert.Contains("1 resultaat", found);
        Assert.Contains($"/organisatie/{_speelboom}/kinderopvang-de-speelboom", found);

        Assert.Contains("<optgroup label=\"Eerstelijnszones\">", form);
        var (_, region, _) = await Get("/uitgebreid-zoeken?organisatie=speelboom&regio=Arrondissement:44000");
        Assert.Contains("1 resultaat", region); // Gent lies in the arrondissement Gent (44000)

        var (_, bad, _) = await Get("/uitgebreid-zoeken?binnen=nonsense&gemeenten=Atlantis&provincie=99999&regio=Eerstelijnszone:nergens", 400);
        Assert.Contains("Kies een regio uit de lijst.", bad);
        Assert.Contains("Kies waar de zoekterm moet voorkomen uit de lijst.", bad);
        Assert.Contains("&#x27;Atlantis&#x27; is geen gemeente of deelgemeente die we kennen.", bad);
        Assert.Contains("Kies een provincie of Brussel uit de lijst.", bad);

        // Brussels is chosen as the provinces are (it is a region, not a province).
        Assert.Contains("<option value=\"4000\">Brussels Hoofdstedelijk Gewest</option>", form);
        var (_, brussels, _) = await Get("/uitgebreid-zoeken?organisatie=speelboom&provincie=4000");
        Assert.Contains("Geen resultaten", brussels); // the Speelboom works in Gent
        var (_, eastFlanders, _) = await Get("/uitgebreid-zoeken?organisatie=speelboom&provincie=40000");
        Assert.Contains("1 resultaat", eastFlanders);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task pages_travel_compressed_when_the_browser_accepts_it(string encoding)
    {
        var compressed = await Host.Scenario(x =>
        {
            x.Get.Url("/zoeken?q=kinderopvang");
            x.WithRequestHeader("Accept-Encoding", encoding);
            x.StatusCodeShouldBe(200);
        });
        Assert.Equal(encoding, compressed.Context.Response.Headers.ContentEncoding.ToString());
        var plain = await Host.Scenario(x => { x.Get.Url("/zoeken?q=kinderopvang"); x.StatusCodeShouldBe(200); });
        Assert.True(string.IsNullOrEmpty(plain.Context.Response.Headers.ContentEncoding.ToString()));
        Assert.Contains("Kinderopvang De Speelboom", await plain.ReadAsTextAsync());
    }

    [Fact]
    public async Task the_favicon_is_there_where_browsers_ask_for_it()
    {
        var result = await Host.Scenario(x => { x.Get.Url("/favicon.ico"); x.StatusCodeShouldBe(200); });
        Assert.Equal("image/x-icon", result.Context.Response.ContentType);
        Assert.StartsWith("\0\0\u0001\0", await result.ReadAsTextAsync()); // an ICO header
        var (_, home, _) = await Get("/");
        Assert.Matches("<link rel=\"icon\" href=\"/assets/img/favicon.svg\\?v=[0-9a-f]{12}\"", home);
    }
}
