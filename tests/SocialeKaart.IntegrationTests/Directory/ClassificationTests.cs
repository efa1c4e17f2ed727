using System.Text.Json;
using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Directory;

/// <summary>The rubriek tree and the trefwoorden thesaurus: maintained by coordinators, used by fiches.</summary>
public sealed class ClassificationTests(AppFixture app) : IntegrationTest(app)
{
    private async Task<JsonElement> Tree(bool includeRetired = false) =>
        await (await Host.Scenario(x => x.Get.Url($"/api/rubrieken?includeRetired={includeRetired}"))).Json();

    private static JsonElement? Find(JsonElement nodes, string code)
    {
        foreach (var node in nodes.EnumerateArray())
        {
            if (node.GetProperty("code").GetString() == code) return node;
            if (Find(node.GetProperty("children"), code) is { } found) return found;
        }
        return null;
    }

    private Task<IScenarioResult> Rubriek(string path, object body, int status = 200) => Host.Scenario(x =>
    {
        x.Post.Json(body).ToUrl($"/api/rubrieken{path}");
        x.As(TestUsers.Coordinator);
        x.StatusCodeShouldBe(status);
    });

    [Fact]
    public async Task the_reference_tree_has_eighteen_domains_and_a_few_hundred_rubrieken()
    {
        var tree = await Tree();
        Assert.Equal(18, tree.GetArrayLength());
        var woonzorgcentra = Find(tree, "14.04.01");
        Assert.Equal("Woonzorgcentra (WZC)", woonzorgcentra!.Value.GetProperty("name").GetString());
        static int Count(JsonElement nodes) => nodes.EnumerateArray().Sum(n => 1 + Count(n.GetProperty("children")));
        Assert.InRange(Count(tree), 250, 400);
    }

    [Fact]
    public async Task a_coordinator_creates_renames_and_moves_a_rubriek()
    {
        var created = await (await Rubriek("", new { name = "Digitale inclusie", parentCode = "16" }, 201)).Json();
        var code = created.GetProperty("code").GetString()!;
        Assert.Equal("16.07", code);

        await Rubriek($"/{code}/rename", new { name = "Digitale inclusie en e-inclusie", version = 1 });
        await Rubriek($"/{code}/move", new { parentCode = "01", reason = "Hoort bij algemene dienstverlening", version = 2 });

        var tree = await Tree();
        Assert.Null(Find(tree.EnumerateArray().Single(n => n.GetProperty("code").GetString() == "16").GetProperty("children"), code));
        var moved = Find(tree.EnumerateArray().Single(n => n.GetProperty("code").GetString() == "01").GetProperty("children"), code);
        Assert.Equal("Digitale inclusie en e-inclusie", moved!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task a_rubriek_cannot_move_under_its_own_subtree_or_below_the_depth_limit()
    {
        var loop = await (await Rubriek("/14.04/move", new { parentCode = "14.04.01", version = 1 }, 400)).Json();
        Assert.Contains("zichzelf", loop.GetProperty("errors").GetProperty("parentCode")[0].GetString());
        await Rubriek("/14/move", new { parentCode = "13.02.02", version = 1 }, 400);
    }

    [Fact]
    public async Task retiring_a_rubriek_reports_the_fiches_that_still_use_it()
    {
        var id = await Host.Register("Woonzorgcentrum Zonneweelde");
        await Host.Change(id, "rubrieken", new { codes = new[] { "14.04.01", "14.04.03" }, version = 1 });

        var retirement = await (await Rubriek("/14.04.03/retire", new { reason = "Opgegaan in 14.04.01", version = 1 })).Json();

        var still = Assert.Single(retirement.GetProperty("fichesStillUsingIt").EnumerateArray());
        Assert.Equal(id, still.GetProperty("id").GetGuid());
        Assert.Equal(["14.04.01", "14.04.03"], (await Host.Fiche(id)).GetProperty("rubrieken").EnumerateArray().Select(c => c.GetString()));
        Assert.Null(Find(await Tree(), "14.04.03"));
        Assert.NotNull(Find(await Tree(includeRetired: true), "14.04.03"));
        var report = await (await Host.Scenario(x => { x.Get.Url("/api/rubrieken/14.04.03/fiches"); x.As(TestUsers.Coordinator); })).Json();
        Assert.Equal(1, report.GetArrayLength());

        var refused = await (await Host.Change(id, "rubrieken", new { codes = new[] { "14.04.03" }, version = 2 }, expectedStatus: 400)).Json();
        Assert.True(refused.GetProperty("errors").TryGetProperty("codes[0]", out _));
    }

    [Fact]
    public async Task a_rubriek_with_active_subrubrieken_cannot_be_retired()
    {
        var problem = await (await Rubriek("/14.04/retire", new { reason = "Reorganisatie", version = 1 }, 409)).Json();
        Assert.Contains("subrubrieken", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task a_fiche_refuses_a_rubriek_code_that_does_not_exist()
    {
        var id = await Host.Register();
        var problem = await (await Host.Change(id, "rubrieken", new { codes = new[] { "10.07.02", "99.99" }, version = 1 }, expectedStatus: 400)).Json();
        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal("codes[1]", error.Name);
        Assert.Equal(1, (await Host.Fiche(id)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task trefwoorden_given_as_synonyms_or_acronyms_are_stored_as_the_preferred_term()
    {
        var id = await Host.Register();
        await Host.Change(id, "trefwoorden", new { terms = new[] { "crèche", "WZC", "Drugs" }, version = 1 });

        Assert.Equal(["drugs", "kinderopvang", "woonzorgcentrum"], (await Host.Fiche(id)).GetProperty("trefwoorden").EnumerateArray().Select(t => t.GetString()));
        var problem = await (await Host.Change(id, "trefwoorden", new { terms = new[] { "ruimtevaart" }, version = 2 }, expectedStatus: 400)).Json();
        Assert.True(problem.GetProperty("errors").TryGetProperty("terms[0]", out _));
    }

    [Fact]
    public async Task the_thesaurus_suggests_terms_from_synonyms_and_refuses_ambiguous_forms()
    {
        var suggestions = await (await Host.Scenario(x => x.Get.Url("/api/trefwoorden?q=rusthuis"))).Json();
        Assert.Equal("woonzorgcentrum", suggestions[0].GetProperty("term").GetString());

        await Host.Scenario(x =>
        {
            x.Post.Json(new { term = "seniorenwoning", synonyms = new[] { "rusthuis" } }).ToUrl("/api/trefwoorden");
            x.As(TestUsers.Coordinator);
            x.StatusCodeShouldBe(400);
        });
        await Host.Scenario(x =>
        {
            x.Post.Json(new { term = "digitale kloof", synonyms = new[] { "e-inclusie" }, acronyms = Array.Empty<string>() }).ToUrl("/api/trefwoorden");
            x.As(TestUsers.Coordinator);
            x.StatusCodeShouldBe(201);
        });
    }

    [Fact]
    public async Task activities_carry_their_own_rubrieken_and_working_area()
    {
        var id = await Host.Register("CGG Eclips");
        await Host.Change(id, "activities", new
        {
            activities = new[]
            {
                new
                {
                    name = "Kinder- en jongerenteam", description = "Ambulante begeleiding voor kinderen en jongeren.",
                    rubrieken = new[] { "03.01.02" },
                    workingArea = new { areas = new[] { new { kind = "establishedIn", placeKind = "referenceRegion", code = "REFREG02" } } },
                },
            },
            version = 1,
        });

        var activity = (await Host.Fiche(id)).GetProperty("activities")[0];
        Assert.Equal(["03.01.02"], activity.GetProperty("rubrieken").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(12, activity.GetProperty("workingArea").GetProperty("municipalityNisCodes").GetArrayLength());

        var problem = await (await Host.Change(id, "activities", new { activities = new[] { new { name = "X", rubrieken = new[] { "77" } } }, version = 2 }, expectedStatus: 400)).Json();
        Assert.True(problem.GetProperty("errors").TryGetProperty("activities[0].rubrieken[0]", out _));
    }
}
