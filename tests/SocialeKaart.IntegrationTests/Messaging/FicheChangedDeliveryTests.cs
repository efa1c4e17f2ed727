using System.Text.Json;
using Alba;
using SocialeKaart.IntegrationTests.Infrastructure;
using SocialeKaart.Modules.Contracts.Directory;
using Wolverine.Tracking;

namespace SocialeKaart.IntegrationTests.Messaging;

/// <summary>Directory tells Search about fiche changes through Wolverine's durable outbox and local queue.</summary>
public sealed class FicheChangedDeliveryTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task a_registered_fiche_reaches_the_search_module()
    {
        var tracked = await Host.ExecuteAndWaitAsync(async () => await Host.Register("Vertrouwenscentrum Kindermishandeling"));

        Assert.Single(tracked.Executed.MessagesOf<FicheChanged>());
        var hits = await Search("vertrouwenscentrum");
        Assert.Equal("Vertrouwenscentrum Kindermishandeling", Assert.Single(hits.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task a_rename_replaces_the_search_copy()
    {
        var id = await Host.Register("Jeugdhulp Oud");
        await Host.ExecuteAndWaitAsync(async () => await Host.Scenario(x =>
        {
            x.Post.Json(new { name = "Jeugdhulp Nieuw", version = 1 }).ToUrl($"/api/fiches/{id}/rename");
            x.As(TestUsers.Coordinator);
        }));

        Assert.Empty((await Search("Oud")).EnumerateArray());
        Assert.Single((await Search("Nieuw")).EnumerateArray());
    }

    [Fact]
    public async Task the_search_copy_is_written_exactly_once_when_the_first_attempt_fails()
    {
        const string name = "Centrum Geestelijke Gezondheidszorg Eclips";
        App.SearchFaults.FailNextWriteOf(name);
        var injectedBefore = App.SearchFaults.Injected;

        var tracked = await Host.ExecuteAndWaitAsync(async () => await Host.Register(name));

        Assert.Equal(injectedBefore + 1, App.SearchFaults.Injected);
        Assert.Single(tracked.MessageSucceeded.MessagesOf<FicheChanged>());
        Assert.Equal(1, App.SearchFaults.CommitsOf(name));
        Assert.Single((await Search("Eclips")).EnumerateArray());
    }

    [Fact]
    public async Task an_older_change_arriving_late_does_not_overwrite_a_newer_one()
    {
        var id = Guid.Empty;
        var registration = await Host.ExecuteAndWaitAsync(async () => id = await Host.Register("Dienst Maatschappelijk Werk"));
        var first = registration.Executed.SingleMessage<FicheChanged>();
        await Host.ExecuteAndWaitAsync(async () => await Host.Scenario(x =>
        {
            x.Post.Json(new { name = "Dienst Maatschappelijk Werk CM", version = 1 }).ToUrl($"/api/fiches/{id}/rename");
            x.As(TestUsers.Coordinator);
        }));

        // The version-1 message once more, as a redelivery or an out-of-order copy would bring it.
        Assert.Equal(1, first.Version);
        await Host.InvokeMessageAndWaitAsync(first);

        var hit = Assert.Single((await Search("Dienst Maatschappelijk")).EnumerateArray());
        Assert.Equal("Dienst Maatschappelijk Werk CM", hit.GetProperty("name").GetString());
    }

    private async Task<JsonElement> Search(string query) =>
        (await (await Host.Scenario(x => x.Get.Url($"/api/search?q={Uri.EscapeDataString(query)}"))).Json()).GetProperty("hits");
}
