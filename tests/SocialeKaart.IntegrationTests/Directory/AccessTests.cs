using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Directory;

public sealed class AccessTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task anonymous_visitors_cannot_register_organisations()
    {
        await Host.Scenario(x =>
        {
            x.Post.Json(FicheRequests.Registration()).ToUrl("/api/fiches");
            x.StatusCodeShouldBe(401);
            x.ContentTypeShouldBe("application/problem+json");
        });
    }

    [Fact]
    public async Task an_unknown_api_key_is_not_accepted()
    {
        await Host.Scenario(x =>
        {
            x.Post.Json(FicheRequests.Registration()).ToUrl("/api/fiches");
            x.WithRequestHeader("X-Api-Key", "not-a-real-key-0000000000000000");
            x.StatusCodeShouldBe(401);
        });
    }

    [Fact]
    public async Task auditors_read_history_but_cannot_change_fiches()
    {
        var id = await Host.Register();
        await Host.Scenario(x =>
        {
            x.Post.Json(FicheRequests.Registration()).ToUrl("/api/fiches");
            x.As(TestUsers.Auditor);
            x.StatusCodeShouldBe(403);
        });
        await Host.Scenario(x =>
        {
            x.Post.Json(new { name = "Andere naam", version = 1 }).ToUrl($"/api/fiches/{id}/rename");
            x.As(TestUsers.Auditor);
            x.StatusCodeShouldBe(403);
        });
        await Host.Scenario(x => { x.Get.Url($"/api/fiches/{id}/history"); x.As(TestUsers.Auditor); x.StatusCodeShouldBeOk(); });
    }

    [Fact]
    public async Task the_history_names_staff_and_is_not_public()
    {
        var id = await Host.Register();
        await Host.Scenario(x => { x.Get.Url($"/api/fiches/{id}/history"); x.StatusCodeShouldBe(401); });
    }

    [Fact]
    public async Task anyone_can_read_a_fiche()
    {
        var id = await Host.Register();
        await Host.Scenario(x => { x.Get.Url($"/api/fiches/{id}"); x.StatusCodeShouldBeOk(); });
    }
}
