using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.IntegrationTests.Infrastructure;
using SocialeKaart.Modules.Contracts.Review;

namespace SocialeKaart.IntegrationTests.Review;

/// <summary>Public suggestions triaged into a change (four eyes) or dismissed; new-organisation proposals becoming owned fiches.</summary>
public sealed class SuggestionAndProposalTests(AppFixture app) : IntegrationTest(app)
{
    private async Task<(Guid Id, string SenderEmail)> SuggestAsync(Guid fiche)
    {
        var email = $"burger.{Guid.NewGuid():N}@example.be";
        var outcome = await Host.Services.GetRequiredService<IChangeSuggestions>().SubmitAsync(
            new ChangeSuggestionForm(fiche, [SuggestionTopic.Phone], "Het nummer is 09 111 22 33.", "Bea Burger", email, null), CancellationToken.None);
        return (outcome.SuggestionId!.Value, email);
    }

    [Fact]
    public async Task a_suggestion_turned_into_a_change_is_approved_by_a_second_coordinator_and_the_sender_is_told()
    {
        var fiche = await Host.Register();
        var (suggestion, sender) = await SuggestAsync(fiche);
        var (cor, dirk) = (await App.SignUpAsync("Cor Coördinator", "coordinator"), await App.SignUpAsync("Dirk Dubbelcheck", "coordinator"));
        var queue = await Host.Send(cor, "GET", "/api/reviews?kind=Suggestion", null, 200);
        Assert.Equal(suggestion, Assert.Single(queue.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        var request = (await Host.Send(cor, "POST", $"/api/suggestions/{suggestion}/convert", new { note = "Klopt, nummer gewijzigd." }, 201)).GetProperty("id").GetGuid();
        Assert.Contains(await App.Mail.ToAsync(sender), m => (m.Subject ?? "").StartsWith("Bedankt", StringComparison.Ordinal));
        await Host.Send(cor, "PUT", $"/api/change-requests/{request}/draft/contact", new
        {
            value = new { phones = new[] { new { number = "09 111 22 33" } }, emails = Array.Empty<object>(), website = (string?)null, links = Array.Empty<object>() },
        }, 204);
        await Host.Send(cor, "POST", $"/api/change-requests/{request}/submit", new { note = "Uit een voorstel van een bezoeker." }, 204);

        var own = await Host.Send(cor, "POST", $"/api/change-requests/{request}/approve", new { fields = (string[]?)null, overrideConflicts = false, note = (string?)null }, 409);
        Assert.Contains("andere coördinator", own.GetProperty("detail").GetString());
        await Host.Send(dirk, "POST", $"/api/change-requests/{request}/approve", new { fields = (string[]?)null, overrideConflicts = false, note = (string?)null }, 200);
        Assert.Equal("09 111 22 33", (await Host.Fiche(fiche)).GetProperty("contact").GetProperty("phones")[0].GetProperty("number").GetString());
        await Host.Send(dirk, "POST", $"/api/suggestions/{suggestion}/dismiss", new { note = "dubbel" }, 409);
    }

    [Fact]
    public async Task a_dismissed_suggestion_tells_the_sender_why()
    {
        var fiche = await Host.Register();
        var (suggestion, sender) = await SuggestAsync(fiche);
        var cor = await App.SignUpAsync("Cor Coördinator", "coordinator");
        await Host.Send(cor, "POST", $"/api/suggestions/{suggestion}/dismiss", new { note = (string?)null }, 400);
        await Host.Send(cor, "POST", $"/api/suggestions/{suggestion}/dismiss", new { note = "Het nummer op de fiche is het juiste." }, 204);
        var mail = Assert.Single(await App.Mail.ToAsync(sender));
        Assert.Contains("Het nummer op de fiche is het juiste.", mail.TextBody);
        Assert.Contains("Bea Burger", mail.TextBody);
    }

    [Fact]
    public async Task an_approved_proposal_becomes_a_fiche_its_proposer_owns()
    {
        var proposer = await App.SignUpAsync("Pieter Voorsteller");
        var cor = await App.SignUpAsync("Cor Coördinator", "coordinator", "40000");
        var invalid = await Host.Send(proposer, "POST", "/api/proposals", new { name = "Nieuw", postcode = "0000" }, 400);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("street", out _));
        Assert.True(invalid.GetProperty("errors").TryGetProperty("postcode", out _));
        Assert.True(invalid.GetProperty("errors").TryGetProperty("rubriek", out _)); // the rubriek it fits best is asked
        var unknown = await Host.Send(proposer, "POST", "/api/proposals", new { name = "Nieuw", rubriek = "99.99", targetGroups = new[] { "marsmannetjes" } }, 400);
        Assert.Contains("bestaat niet", unknown.GetProperty("errors").GetProperty("rubriek")[0].GetString());
        Assert.True(unknown.GetProperty("errors").TryGetProperty("targetGroups[0]", out _));

        var proposal = (await Host.Send(proposer, "POST", "/api/proposals", new
        {
            name = "Buurtwerk De Brug", street = "Brugsesteenweg", number = "10", postcode = "9000", municipality = "Gent", phone = "09 222 33 44",
            email = "info@debrug.example", website = "https://debrug.example", description = "Ontmoeting en hulp in de buurt.", motivation = "Ik werk er als opbouwwerker.",
            rubriek = "16.01", targetGroups = new[] { "gezinnen", "ouderen" },
        }, 201)).GetProperty("id").GetGuid();
        Assert.Equal(1, (await Host.Send(cor, "GET", "/api/reviews", null, 200)).GetProperty("counts").GetProperty("Proposal").GetInt32());

        var approved = await Host.Send(cor, "POST", $"/api/proposals/{proposal}/approve", new { note = "Welkom." }, 200);
        var fiche = approved.GetProperty("ficheId").GetGuid();
        var published = await Host.Fiche(fiche);
        Assert.Equal("Buurtwerk De Brug", published.GetProperty("identity").GetProperty("name").GetString());
        Assert.Equal("Ontmoeting en hulp in de buurt.", published.GetProperty("content").GetProperty("generalOperation").GetString());
        Assert.Equal(["16.01"], published.GetProperty("rubrieken").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["gezinnen", "ouderen"], published.GetProperty("content").GetProperty("targetGroup").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(cor.Name, published.GetProperty("verifiedBy").GetProperty("name").GetString());
        await Host.Send(proposer, "POST", $"/api/fiches/{fiche}/change-requests", null, 201); // the proposer owns it
        Assert.Contains(await App.Mail.ToAsync(proposer.Email, expected: 2), m => (m.Subject ?? "").Contains("staat nu op de Sociale Kaart", StringComparison.Ordinal));
        await Host.Send(cor, "POST", $"/api/proposals/{proposal}/reject", new { note = "toch niet" }, 409);
    }

    [Fact]
    public async Task a_rejected_proposal_creates_nothing()
    {
        var proposer = await App.SignUpAsync("Pieter Voorsteller");
        var cor = await App.SignUpAsync("Cor Coördinator", "coordinator");
        var proposal = (await Host.Send(proposer, "POST", "/api/proposals", new
        {
            name = "Dubbel", street = "Brugsesteenweg", number = "10", postcode = "9000", municipality = "Gent", phone = "09 222 33 44", motivation = "x", rubriek = "16.01",
        }, 201)).GetProperty("id").GetGuid();
        await Host.Send(cor, "POST", $"/api/proposals/{proposal}/reject", new { note = "Staat al op de kaart als Buurtwerk De Brug." }, 204);
        Assert.Contains("Staat al op de kaart", (await App.Mail.ToAsync(proposer.Email, expected: 2)).Single(m => (m.Subject ?? "").Contains("niet goedgekeurd", StringComparison.Ordinal)).TextBody);
        await using var session = Host.Services.GetRequiredService<Marten.IDocumentStore>().QuerySession();
        Assert.Equal(0, await Marten.QueryableExtensions.CountAsync(session.Query<SocialeKaart.Modules.Contracts.Directory.Fiche>()));
    }
}
