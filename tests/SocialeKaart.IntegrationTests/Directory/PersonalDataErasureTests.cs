using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Directory;

public sealed class PersonalDataErasureTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task erasing_removes_names_and_contact_details_from_the_fiche_and_its_history()
    {
        var id = await Host.Register();
        await Host.Change(id, "persons", new { persons = new[] { new { name = "Lotte Vermeulen", function = "Coördinator", phone = "09 265 04 11", email = "lotte@caw.example" } }, version = 1 });
        await Host.Change(id, "health-practice", new { practice = new { disciplines = new[] { new { name = "Huisarts", providers = new[] { new { name = "Dr. Jan Peeters", rizivNumber = "1-23456-78-901" } } } } }, version = 2 });

        await Host.Scenario(x =>
        {
            x.Post.Json(new { reason = "Verzoek van de betrokkene (AVG art. 17)", version = 3 }).ToUrl($"/api/fiches/{id}/erase-personal-data");
            x.As(TestUsers.Administrator);
            x.StatusCodeShouldBeOk();
        });

        var fiche = await Host.Fiche(id);
        Assert.Empty(fiche.GetProperty("persons").EnumerateArray());
        Assert.Equal("(gewist)", fiche.GetProperty("healthPractice").GetProperty("disciplines")[0].GetProperty("providers")[0].GetProperty("name").GetString());
        var history = (await (await Host.Scenario(x => { x.Get.Url($"/api/fiches/{id}/history"); x.As(TestUsers.Auditor); })).ReadAsTextAsync());
        Assert.DoesNotContain("Lotte", history);
        Assert.DoesNotContain("lotte@caw.example", history);
        Assert.DoesNotContain("Jan Peeters", history);
        Assert.DoesNotContain("23456", history);
        Assert.Contains("personal_data_erased", history);
        Assert.Contains("AVG art. 17", history);
    }

    [Fact]
    public async Task only_administrators_may_erase()
    {
        var id = await Host.Register();
        await Host.Scenario(x =>
        {
            x.Post.Json(new { reason = "test", version = 1 }).ToUrl($"/api/fiches/{id}/erase-personal-data");
            x.As(TestUsers.Coordinator);
            x.StatusCodeShouldBe(403);
        });
    }
}
