using Marten.Events;
using System.Text.Json;
using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.IntegrationTests.Infrastructure;
using SocialeKaart.Modules.Contracts.Review;
using SocialeKaart.Modules.Review.Suggestions;

namespace SocialeKaart.IntegrationTests.Review;

/// <summary>The event log is the source of truth: every read model rebuilds to the live state; erasing a person keeps it so.</summary>
public sealed class ReplayAndErasureTests(AppFixture app) : IntegrationTest(app)
{
    private async Task<JsonElement> ReplayAsync()
    {
        await Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
        return await (await Host.Scenario(x => { x.Post.Url("/api/operations/replay-check"); x.As(TestUsers.Auditor); })).Json();
    }

    private static JsonElement Model(JsonElement report, string name) =>
        report.GetProperty("readModels").EnumerateArray().Single(m => m.GetProperty("readModel").GetString() == name);

    /// <summary>An owner of the fiche (claimed, approved) with a draft that changes its phone number.</summary>
    private async Task<(People.Person Owner, People.Person Coordinator, Guid Request)> OwnersDraftAsync(Guid fiche)
    {
        var owner = await App.SignUpAsync("An Peeters");
        var cor = await App.SignUpAsync("Cor Coördinator", "coordinator");
        var claim = (await Host.Send(owner, "POST", $"/api/fiches/{fiche}/claims", new { motivation = "Directeur" }, 201)).GetProperty("id").GetGuid();
        await Host.Send(cor, "POST", $"/api/claims/{claim}/approve", new { note = (string?)null }, 204);
        var request = (await Host.Send(owner, "POST", $"/api/fiches/{fiche}/change-requests", null, 201)).GetProperty("id").GetGuid();
        await Host.Send(owner, "PUT", $"/api/change-requests/{request}/draft/contact", new
        {
            value = new { phones = new[] { new { number = "09 111 22 33" } }, emails = Array.Empty<object>(), website = (string?)null, links = Array.Empty<object>() },
        }, 204);
        return (owner, cor, request);
    }

    /// <summary>A bit of everything: a fiche changed through a review, a claim, a suggestion, a proposal, accounts.</summary>
    private async Task<(Guid Fiche, People.Person Owner, string SuggestionSender)> HistoryAsync()
    {
        var fiche = await Host.Register();
        var (owner, cor, request) = await OwnersDraftAsync(fiche);
        await Host.Send(owner, "POST", $"/api/change-requests/{request}/submit", new { note = (string?)null }, 204);
        await Host.Send(cor, "POST", $"/api/change-requests/{request}/approve", new { fields = (string[]?)null, overrideConflicts = false, note = (string?)null }, 200);
        var sender = $"bea.{Guid.NewGuid():N}@example.be";
        await Host.Services.GetRequiredService<IChangeSuggestions>().SubmitAsync(
            new ChangeSuggestionForm(fiche, [SuggestionTopic.Other], "Nieuw telefoonnummer graag", "Bea Burger", sender, "0470 12 34 56"), CancellationToken.None);
        await Host.Send(owner, "POST", "/api/proposals", new
        {
            name = "Buurtwerk De Brug", street = "Brugsesteenweg", number = "10", postcode = "9000", municipality = "Gent", phone = "09 222 33 44", motivation = "Opbouwwerker",
            rubriek = "16.01",
        }, 201);
        return (fiche, owner, sender);
    }

    [Fact]
    public async Task every_read_model_rebuilt_from_the_events_equals_the_live_one()
    {
        await HistoryAsync();
        var report = await ReplayAsync();
        Assert.True(report.GetProperty("allEqual").GetBoolean(), report.ToString());
        foreach (var name in new[] { "Fiche", "FicheListItem", "Rubriek", "Account", "OwnershipClaim", "ChangeRequest", "ChangeSuggestion", "Proposal", "ReviewItem" })
            Assert.True(Model(report, name).GetProperty("live").GetInt32() > 0, name);
        Assert.Equal(4, Model(report, "ReviewItem").GetProperty("live").GetInt32()); // claim, change request, suggestion, proposal
    }

    [Fact]
    public async Task a_live_document_that_drifted_from_its_events_is_reported_by_id()
    {
        var (fiche, _, _) = await HistoryAsync();
        var store = Host.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            var live = (await session.LoadAsync<SocialeKaart.Modules.Contracts.Directory.Fiche>(fiche))!;
            live.AdministrativeInfo = "written around the events";
            session.Store(live);
            await session.SaveChangesAsync();
        }
        var report = await ReplayAsync();
        Assert.False(report.GetProperty("allEqual").GetBoolean());
        var fiches = Model(report, "Fiche");
        Assert.NotEqual(fiches.GetProperty("liveChecksum").GetString(), fiches.GetProperty("rebuiltChecksum").GetString());
        Assert.Equal($"{fiche}: verschilt in administrativeInfo", Assert.Single(fiches.GetProperty("differences").EnumerateArray()).GetString());
        Assert.True(Model(report, "OwnershipClaim").GetProperty("equal").GetBoolean());
    }

    [Fact]
    public async Task erasing_a_fiches_persons_also_erases_them_from_the_copies_its_change_requests_hold()
    {
        var fiche = await Host.Register();
        await Host.Change(fiche, "persons", new { persons = new[] { new { name = "Lotte Vermeulen", function = "Coördinator", email = "lotte@caw.example" } }, version = 1 });
        var (_, _, request) = await OwnersDraftAsync(fiche);

        await Host.Scenario(x => { x.Post.Json(new { reason = "AVG art. 17", version = 2 }).ToUrl($"/api/fiches/{fiche}/erase-personal-data"); x.As(TestUsers.Administrator); });

        var store = Host.Services.GetRequiredService<IDocumentStore>();
        string streamText = "";
        for (var i = 0; i < 100; i++) // the Review module hears of it through a message
        {
            await using var session = store.QuerySession();
            streamText = string.Join("\n", (await session.Events.FetchStreamAsync(request)).Select(e => JsonSerializer.Serialize(e.Data)));
            if (!streamText.Contains("Lotte")) break;
            await Task.Delay(100);
        }
        Assert.DoesNotContain("Lotte", streamText);
        Assert.DoesNotContain("lotte@caw.example", streamText);
        Assert.Contains("09 111 22 33", streamText); // the change itself stays
        await using (var session = store.QuerySession())
            Assert.Empty((await session.LoadAsync<SocialeKaart.Modules.Review.Changes.ChangeRequest>(request))!.Base.Persons);
        Assert.True((await ReplayAsync()).GetProperty("allEqual").GetBoolean());
    }

    [Fact]
    public async Task erasing_a_person_removes_them_from_events_and_documents_and_the_history_still_replays()
    {
        var (fiche, owner, sender) = await HistoryAsync();
        await Host.Scenario(x => { x.Post.Json(new { email = sender, reason = "AVG art. 17" }).ToUrl("/api/personal-data/erase"); x.As(TestUsers.Coordinator); x.StatusCodeShouldBe(403); });
        await Host.Scenario(x => { x.Post.Json(new { email = sender, reason = "AVG art. 17, verzoek per brief" }).ToUrl("/api/personal-data/erase"); x.As(TestUsers.Administrator); });
        await Host.Scenario(x => { x.Post.Json(new { email = owner.Email, reason = "AVG art. 17" }).ToUrl("/api/personal-data/erase"); x.As(TestUsers.Administrator); });

        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var suggestion = Assert.Single(await session.Query<ChangeSuggestion>().Where(s => s.FicheId == fiche).ToListAsync());
        Assert.Equal("(gewist)", suggestion.SenderName);
        Assert.Null(suggestion.SenderEmail);
        var events = string.Join("\n", (await session.Events.QueryAllRawEvents().ToListAsync()).Select(e => JsonSerializer.Serialize(e.Data)));
        foreach (var gone in new[] { sender, "Bea Burger", "0470 12 34 56", owner.Email, "An Peeters" }) Assert.DoesNotContain(gone, events);
        Assert.Contains("Nieuw telefoonnummer graag", events); // what was suggested stays

        await Host.Send(null, "POST", "/api/account/sign-in", new { email = owner.Email, password = "een lang en geheim wachtwoord" }, 401);
        var report = await ReplayAsync();
        Assert.True(report.GetProperty("allEqual").GetBoolean(), report.ToString());
        var history = await (await Host.Scenario(x => { x.Get.Url($"/api/reviews/{suggestion.Id}/history"); x.As(TestUsers.Auditor); })).ReadAsTextAsync();
        Assert.Contains("change_suggested", history);
        Assert.DoesNotContain("Bea Burger", history);
    }
}
