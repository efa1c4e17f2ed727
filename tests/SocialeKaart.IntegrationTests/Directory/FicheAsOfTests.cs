using System.Net;
using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Directory;

/// <summary>The fiche as it was at a past version or moment, rebuilt from its events: the auditor's view.</summary>
public sealed class FicheAsOfTests(AppFixture app) : IntegrationTest(app)
{
    private async Task<IScenarioResult> AsOf(Guid id, string query, int status = 200, TestUsers.User? user = null) =>
        await Host.Scenario(x =>
        {
            x.Get.Url($"/api/fiches/{id}/as-of?{query}");
            if (user is not null) x.As(user);
            x.StatusCodeShouldBe(status);
        });

    [Fact]
    public async Task a_past_version_and_a_past_moment_show_the_fiche_as_it_was()
    {
        var id = await Host.Register("CAW Oost-Vlaanderen");
        var registered = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        await Host.Change(id, "rename", new { name = "CAW Oost-Vlaanderen, onthaal Gent", reason = "Nieuwe naam", version = 1 }, method: "POST");

        var first = await (await AsOf(id, "version=1", user: TestUsers.Auditor)).Json();
        Assert.Equal("CAW Oost-Vlaanderen", first.GetProperty("identity").GetProperty("name").GetString());
        Assert.Equal(1, first.GetProperty("version").GetInt32());

        var then = await (await AsOf(id, $"at={Uri.EscapeDataString(registered.ToString("O"))}", user: TestUsers.Auditor)).Json();
        Assert.Equal("CAW Oost-Vlaanderen", then.GetProperty("identity").GetProperty("name").GetString());

        var now = await (await AsOf(id, $"at={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}", user: TestUsers.Auditor)).Json();
        Assert.Equal("CAW Oost-Vlaanderen, onthaal Gent", now.GetProperty("identity").GetProperty("name").GetString());
        Assert.Equal((await Host.Fiche(id)).GetProperty("identity").GetProperty("name").GetString(), now.GetProperty("identity").GetProperty("name").GetString());
    }

    [Fact]
    public async Task before_it_existed_unknown_ids_bad_questions_and_strangers_are_refused()
    {
        var id = await Host.Register("CAW Limburg");
        await AsOf(id, $"at={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddYears(-1).ToString("O"))}", 404, TestUsers.Auditor);
        await AsOf(Guid.NewGuid(), "version=1", 404, TestUsers.Auditor);
        await AsOf(id, "version=1&at=2026-01-01T00:00:00Z", 400, TestUsers.Auditor);
        await AsOf(id, "", 400, TestUsers.Auditor);
        await AsOf(id, "version=0", 400, TestUsers.Auditor);
        await AsOf(id, "at=gisteren", 400, TestUsers.Auditor);
        await AsOf(id, "version=1", (int)HttpStatusCode.Unauthorized);
    }
}
