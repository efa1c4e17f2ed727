using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Geography;

public sealed class PlaceLookupTests(AppFixture app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("Gentbrugge", "deelgemeente", "44021")]
    [InlineData("9050", "postcode", "44021")]
    [InlineData("kortessem", "formerMunicipality", "71072")]
    public async Task waar_input_answers_with_the_municipalities_it_covers(string q, string kind, string nis)
    {
        var result = await (await Host.Scenario(x => x.Get.Url($"/api/geography/places?q={Uri.EscapeDataString(q)}"))).Json();

        var best = result.GetProperty("matches")[0];
        Assert.Equal(kind, best.GetProperty("kind").GetString(), ignoreCase: true);
        Assert.Equal([nis], best.GetProperty("municipalities").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task a_province_answers_with_all_its_municipalities()
    {
        var result = await (await Host.Scenario(x => x.Get.Url("/api/geography/places?q=provincie%20limburg"))).Json();
        Assert.Equal(38, result.GetProperty("matches")[0].GetProperty("municipalities").GetArrayLength());
    }

    [Fact]
    public async Task input_without_an_exact_match_comes_back_with_suggestions()
    {
        var result = await (await Host.Scenario(x => x.Get.Url("/api/geography/places?q=Gentbr"))).Json();
        Assert.Empty(result.GetProperty("matches").EnumerateArray());
        Assert.Equal("Gentbrugge", result.GetProperty("suggestions")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task suggestions_while_typing_are_limited_and_best_first()
    {
        var result = await (await Host.Scenario(x => x.Get.Url("/api/geography/suggestions?q=has&limit=3"))).Json();
        Assert.Equal(3, result.GetArrayLength());
        Assert.Equal("Hasselt", result[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task a_lookup_without_input_or_with_a_bad_limit_is_refused_with_the_field()
    {
        var missing = await Host.Scenario(x => { x.Get.Url("/api/geography/places"); x.StatusCodeShouldBe(400); });
        Assert.True((await missing.Json()).GetProperty("errors").TryGetProperty("q", out _));
        var limit = await Host.Scenario(x => { x.Get.Url("/api/geography/suggestions?q=ge&limit=500"); x.StatusCodeShouldBe(400); });
        Assert.True((await limit.Json()).GetProperty("errors").TryGetProperty("limit", out _));
    }

    [Fact]
    public async Task the_municipality_list_has_the_304_municipalities_of_2025()
    {
        var result = await (await Host.Scenario(x => x.Get.Url("/api/geography/municipalities"))).Json();
        Assert.Equal(304, result.GetArrayLength());
    }
}
