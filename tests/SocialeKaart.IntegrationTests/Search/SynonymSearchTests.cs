using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;
using Wolverine.Tracking;

namespace SocialeKaart.IntegrationTests.Search;

/// <summary>Acronyms and synonyms from the trefwoorden thesaurus lead to the same organisations.</summary>
public sealed class SynonymSearchTests(AppFixture app) : IntegrationTest(app)
{
    private async Task<List<string>> Names(string q) =>
        (await (await Host.Scenario(x => x.Get.Url("/api/search?q=" + Uri.EscapeDataString(q)))).Json())
        .GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("name").GetString()!).ToList();

    [Fact]
    public async Task an_acronym_finds_the_organisations_named_in_full_and_back()
    {
        await Host.ExecuteAndWaitAsync(async () =>
        {
            await Host.Register("Sociaal Huis Melle");
            await Host.Register("Kinderdagverblijf Pluim");
            await Host.Register("OCMW Lochristi");
        });

        Assert.Contains("Sociaal Huis Melle", await Names("OCMW"));
        Assert.Contains("OCMW Lochristi", await Names("sociaal huis"));
        Assert.Equal(["Kinderdagverblijf Pluim"], await Names("crèche"));
        Assert.Equal(["Kinderdagverblijf Pluim"], await Names("creche"));
    }
}
