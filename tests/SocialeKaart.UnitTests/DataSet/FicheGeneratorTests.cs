using System.Text.Json;
using SocialeKaart.Modules.Directory.Classification;
using SocialeKaart.Modules.Directory.DataSet;
using SocialeKaart.Modules.Directory.DataSet.Registers;
using SocialeKaart.Modules.Geography.Places;

namespace SocialeKaart.UnitTests.DataSet;

public sealed class FicheGeneratorTests
{
    private static readonly Gazetteer Geography = GazetteerLoader.LoadEmbedded();
    private static readonly IReadOnlyList<RubriekCreated> Rubrieken = ClassificationSeed.Rubrieken(DateTimeOffset.UnixEpoch);
    private static readonly IReadOnlyList<(string Code, string Name)> Leaves = Rubrieken
        .Where(r => r.Code.Contains('.') && Rubrieken.All(c => c.ParentCode != r.Code)).Select(r => (r.Code, r.Name)).ToList();

    private static List<GeneratedFiche> Generate(int seed, int total) => new FicheGenerator(seed, total, Geography, Leaves).Generate().ToList();

    [Theory]
    [InlineData("Alcohol- en gokverslaving", "Alcohol- en gokverslaving")]
    [InlineData("Woonzorgcentra (WZC)", "Woonzorgcentra")]
    [InlineData("Thuisverpleging", "Thuisverpleging")]
    [InlineData("Oppashulp en respijtzorg", "Oppashulp")]
    public void a_generic_name_says_the_kind_whole_never_half_a_pair(string rubriek, string kind) => Assert.Equal(kind, Profiles.Kind(rubriek));

    [Fact]
    public void no_generated_name_leaves_half_a_pair()
    {
        // "Observatie- en behandelcentra" is whole; "Dienst Alcohol- Gent" was not.
        static bool Broken(string name)
        {
            var words = name.Split(' ');
            return words.Select((w, i) => (w, i)).Any(x => x.w.EndsWith('-') && (x.i + 1 >= words.Length || words[x.i + 1] is not ("en" or "of")));
        }
        Assert.Empty(Generate(2025, 5000).Select(f => f.Registration.Name!).Where(Broken).Take(5));
    }

    [Fact]
    public void the_same_seed_gives_the_same_fiches()
    {
        var first = JsonSerializer.Serialize(Generate(7, 800));
        var second = JsonSerializer.Serialize(Generate(7, 800));
        Assert.Equal(first, second);
    }

    [Fact]
    public void another_seed_gives_other_fiches()
    {
        var a = Generate(7, 800).Skip(300).Select(f => f.Registration.Name).ToList();
        var b = Generate(8, 800).Skip(300).Select(f => f.Registration.Name).ToList();
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void the_requested_number_of_fiches_with_distinct_ids_is_generated()
    {
        var fiches = Generate(2025, 5000);
        Assert.Equal(5000, fiches.Count);
        Assert.Equal(5000, fiches.Select(f => f.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 5000), fiches.Select(f => f.Index));
    }

    [Fact]
    public void the_full_set_follows_the_field()
    {
        var fiches = Generate(2025, 33_500);
        var byProfile = fiches.GroupBy(f => f.Profile).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(33_500, fiches.Count);
        Assert.Equal(826, byProfile["wzc"]);
        Assert.Equal(876, byProfile["gaw"]);
        Assert.Equal(484, byProfile["kortverblijf"]);
        Assert.Equal(363, byProfile["dagverzorging"]);
        var sociaalHuis = fiches.Where(f => f.Profile == "sociaalhuis").Select(f => f.Registration.Address!.Postcode).ToList();
        Assert.Equal(304, sociaalHuis.Count);
        Assert.Equal(304, fiches.Where(f => f.Profile == "sociaalhuis").Select(f => Geography.MunicipalityOfPostcode(f.Registration.Address!.Postcode!)!.NisCode).Distinct().Count());
    }

    [Fact]
    public void generated_names_are_unique_within_a_municipality()
    {
        var names = Generate(2025, 33_500).Select(f => $"{Geography.MunicipalityOfPostcode(f.Registration.Address!.Postcode!)!.NisCode} {f.Registration.Name}").ToList();
        var repeated = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).Take(5).ToList();
        Assert.Empty(repeated);
    }

    [Fact]
    public void caw_offices_belong_to_the_caw_of_their_region()
    {
        var fiches = Generate(2025, 33_500);
        var mothers = fiches.Where(f => f.Profile == "caw" && f.ParentId is null).ToDictionary(f => f.Id, f => f.Registration.Name!);
        var offices = fiches.Where(f => f.Profile == "caw" && f.ParentId is not null).ToList();
        Assert.True(offices.Count > 100, $"{offices.Count} CAW offices");
        foreach (var office in offices)
        {
            var municipality = Geography.MunicipalityOfPostcode(office.Registration.Address!.Postcode!)!;
            Assert.True(Regions.Serves(mothers[office.ParentId!.Value], municipality, Geography),
                $"{office.Registration.Name} in {municipality.Name} ({municipality.ProvinceName})");
        }
        Assert.Contains(offices, o => o.Registration.Name!.StartsWith("CAW Limburg", StringComparison.Ordinal));
        Assert.DoesNotContain(offices, o => o.Registration.Name!.StartsWith("CAW Zuid-West-Vlaanderen", StringComparison.Ordinal)
            && Geography.MunicipalityOfPostcode(o.Registration.Address!.Postcode!)!.ProvinceCode != "30000");
    }

    [Fact]
    public void what_the_real_registers_cover_is_not_invented()
    {
        var covered = new RegisterCoverage(Geography.AllMunicipalities.Where(m => m.ProvinceCode is not null).Select(m => m.NisCode).ToHashSet(), true);
        var fiches = new FicheGenerator(2025, 33_500, Geography, Leaves, covered, firstIndex: 1000).Generate().ToList();
        var sociaalHuis = fiches.Where(f => f.Profile == "sociaalhuis").ToList();
        Assert.Equal(19, sociaalHuis.Count); // Brussels only: the register holds the Flemish OCMW's
        Assert.All(sociaalHuis, f => Assert.Null(Geography.MunicipalityOfPostcode(f.Registration.Address!.Postcode!)!.ProvinceCode));
        Assert.DoesNotContain(fiches, f => f.Profile == "apotheek");
        Assert.Equal(1000, fiches[0].Index);
    }

    [Fact]
    public void branches_point_to_mother_organisations_that_exist_in_the_set()
    {
        var fiches = Generate(2025, 3000);
        var ids = fiches.Select(f => f.Id).ToHashSet();
        var branches = fiches.Where(f => f.ParentId is not null).ToList();
        Assert.NotEmpty(branches);
        Assert.All(branches, b => Assert.Contains(b.ParentId!.Value, ids));
        Assert.All(branches, b => Assert.Null(fiches.Single(f => f.Id == b.ParentId).ParentId));
    }

    [Fact]
    public void every_generated_fiche_passes_the_checks_of_the_api()
    {
        var codes = Rubrieken.Select(r => r.Code).ToHashSet();
        var thesaurus = ClassificationSeed.Trefwoorden(DateTimeOffset.UnixEpoch).Select(Trefwoord.Create).ToList();
        foreach (var fiche in Generate(2025, 3000))
        {
            var events = GeneratedFicheEvents.Decide(fiche, Geography, codes, thesaurus);
            Assert.IsType<SocialeKaart.Modules.Directory.Fiches.OrganisationRegistered>(events[0]);
        }
    }
}
