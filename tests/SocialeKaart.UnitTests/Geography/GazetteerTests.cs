using SocialeKaart.Modules.Contracts.Geography;
using SocialeKaart.Modules.Geography.Places;

namespace SocialeKaart.UnitTests.Geography;

/// <summary>The "waar" lookups of the Sociale Kaart, on the real reference data embedded in the module.</summary>
public sealed class GazetteerTests
{
    private static readonly Gazetteer Places = GazetteerLoader.LoadEmbedded();

    [Fact]
    public void all_304_municipalities_after_the_2025_mergers_are_loaded() =>
        Assert.Equal(304, Places.Places.Count(p => p.Ref.Kind == PlaceKind.Municipality));

    [Theory]
    [InlineData("Gentbrugge", PlaceKind.Deelgemeente, "44021")]
    [InlineData("gentbrugge", PlaceKind.Deelgemeente, "44021")]
    [InlineData("GENTBRÛGGE", PlaceKind.Deelgemeente, "44021")]
    [InlineData("9050", PlaceKind.Postcode, "44021")]
    [InlineData("9050 Gentbrugge", PlaceKind.Postcode, "44021")]
    [InlineData("Kortessem", PlaceKind.FormerMunicipality, "71072")]
    [InlineData("Gent", PlaceKind.Municipality, "44021")]
    [InlineData("Bruxelles", PlaceKind.Municipality, "21004")]
    [InlineData("Schaerbeek", PlaceKind.Municipality, "21015")]
    public void an_input_resolves_to_the_municipality_it_lies_in(string input, PlaceKind kind, string nis)
    {
        var best = Places.Lookup(input)[0];
        Assert.Equal(kind, best.Ref.Kind);
        Assert.Equal([nis], best.NisCodes);
    }

    [Fact]
    public void a_homonym_typed_bare_finds_the_one_in_the_bigger_municipality_and_the_label_tells_them_apart()
    {
        var berchem = Places.Resolve("Berchem")!;
        Assert.Equal("Berchem (Antwerpen)", berchem.Label);
        Assert.Equal("Berchem", berchem.Name);
        Assert.Equal(["11002"], berchem.MunicipalityNisCodes);
        Assert.Equal("45060", Places.Resolve("Berchem (Kluisbergen)")!.MunicipalityNisCodes[0]);
    }

    [Fact]
    public void an_unknown_place_gets_close_names()
    {
        Assert.Contains("Gentbrugge", Places.DidYouMean("Gentbrugg", 3));
        Assert.Empty(Places.DidYouMean("xq", 3));
    }

    [Fact]
    public void a_province_covers_all_its_municipalities()
    {
        var limburg = Assert.Single(Places.Lookup("Provincie Limburg"));
        Assert.Equal(PlaceKind.Province, limburg.Ref.Kind);
        Assert.Equal(38, limburg.NisCodes.Count);
        Assert.Contains("71072", limburg.NisCodes);
    }

    [Fact]
    public void a_name_shared_by_a_city_and_a_province_gives_both_city_first()
    {
        var matches = Places.Lookup("Antwerpen");
        Assert.Equal(PlaceKind.Municipality, matches[0].Ref.Kind);
        Assert.Contains(matches, m => m.Ref.Kind == PlaceKind.Province && m.NisCodes.Count == 67);
    }

    [Fact]
    public void an_eerstelijnszone_and_a_reference_region_cover_their_member_municipalities()
    {
        var zone = Assert.Single(Places.Lookup("Eerstelijnszone Kemp en Duin"));
        Assert.Equal(["71002", "71016", "71067", "72004", "72042"], zone.NisCodes);
        var region = Assert.Single(Places.Lookup("Rivierenland"));
        Assert.Equal(PlaceKind.ReferenceRegion, region.Ref.Kind);
        Assert.Equal(12, region.NisCodes.Count);
    }

    [Fact]
    public void flanders_and_brussels_are_regions_of_285_and_19_municipalities()
    {
        Assert.Equal(285, Assert.Single(Places.Lookup("Vlaanderen")).NisCodes.Count);
        Assert.Equal(19, Assert.Single(Places.Lookup("Brussels Hoofdstedelijk Gewest")).NisCodes.Count);
    }

    [Fact]
    public void partial_input_suggests_places_starting_with_it_best_first()
    {
        var suggestions = Places.Suggest("gentb", 10);
        Assert.Equal("Gentbrugge", suggestions[0].Name);

        var ge = Places.Suggest("Ge", 10);
        Assert.Equal(10, ge.Count);
        Assert.All(ge, p => Assert.Contains(p.Keys, k => k.StartsWith("ge", StringComparison.Ordinal) || k.Contains(" ge", StringComparison.Ordinal)));
        Assert.Equal("Gent", ge[0].Name);
    }

    [Fact]
    public void a_postcode_prefix_suggests_postcodes()
    {
        var suggestions = Places.Suggest("905", 10);
        Assert.All(suggestions, p => Assert.Equal(PlaceKind.Postcode, p.Ref.Kind));
        Assert.Contains(suggestions, p => p.Name == "9050");
    }

    [Theory]
    [InlineData("St.-Niklaas", "sint niklaas")]
    [InlineData("'s-Gravenwezel", "s gravenwezel")]
    [InlineData("  Kapelle-op-den-Bos ", "kapelle op den bos")]
    public void names_are_folded_the_way_people_type_them(string name, string folded) =>
        Assert.Equal(folded, PlaceNames.Normalize(name));

    [Fact]
    public void unknown_input_has_no_match() => Assert.Empty(Places.Lookup("Atlantis"));

    [Fact]
    public void every_postcode_belongs_to_exactly_one_known_municipality()
    {
        var postcodes = Places.Places.Where(p => p.Ref.Kind == PlaceKind.Postcode).ToList();
        Assert.Equal(541, postcodes.Count);
        Assert.All(postcodes, p => Assert.NotNull(Places.Municipality(Assert.Single(p.NisCodes))));
    }
}
