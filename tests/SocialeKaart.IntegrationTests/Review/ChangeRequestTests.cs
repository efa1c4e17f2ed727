using Alba;
using System.Text.Json;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Review;

/// <summary>Owner change requests: a draft that never touches the fiche, a field-level diff, conflicts, partial approval, causation.</summary>
public sealed class ChangeRequestTests(AppFixture app) : IntegrationTest(app)
{
    private static object Contact(string phone, string? website) => new
    {
        value = new { phones = new[] { new { label = (string?)null, number = phone } }, emails = Array.Empty<object>(), website, links = Array.Empty<object>() },
    };

    private async Task<(Guid Fiche, People.Person Owner, People.Person Coordinator)> OwnedFicheAsync()
    {
        var fiche = await Host.Register("Kinderopvang De Speelboom");
        var owner = await App.SignUpAsync("An Peeters");
        var coordinator = await App.SignUpAsync("Cor Coördinator", "coordinator");
        var claim = (await Host.Send(owner, "POST", $"/api/fiches/{fiche}/claims", new { motivation = "Directeur" }, 201)).GetProperty("id").GetGuid();
        await Host.Send(coordinator, "POST", $"/api/claims/{claim}/approve", new { note = (string?)null }, 204);
        return (fiche, owner, coordinator);
    }

    [Fact]
    public async Task a_submitted_draft_changes_nothing_until_approved_and_then_carries_the_review_as_causation()
    {
        var (fiche, owner, coordinator) = await OwnedFicheAsync();
        var request = (await Host.Send(owner, "POST", $"/api/fiches/{fiche}/change-requests", null, 201)).GetProperty("id").GetGuid();
        await Host.Send(owner, "PUT", $"/api/change-requests/{request}/draft/contact", Contact("09 111 22 33", "https://speelboom.example"), 204);
        await Host.Send(owner, "PUT", $"/api/change-requests/{request}/draft/content", new
        {
            value = new { generalOperation = "Opvang voor baby's en peuters.", tasks = (string?)null, targetGroup = new { tags = Array.Empty<string>(), description = (string?)null }, registration = (string?)null, cost = (string?)null, languages = Array.Empty<string>() },
        }, 204);
        await Host.Send(owner, "POST", $"/api/change-requests/{request}/submit", new { note = "Nieuw nummer sinds de verhuis." }, 204);

        var published = await Host.Fiche(fiche);
        Assert.Equal("09 265 04 00", published.GetProperty("contact").GetProperty("phones")[0].GetProperty("number").GetString());

        var review = await Host.Send(coordinator, "GET", $"/api/change-requests/{request}", null, 200);
        // The back office and auditors read it with their API keys too; another professional does not find it.
        await Host.Scenario(x => { x.Get.Url($"/api/change-requests/{request}"); x.As(TestUsers.Auditor); x.StatusCodeShouldBe(200); });
        await Host.Scenario(x => { x.Get.Url($"/api/change-requests/{request}"); x.As(TestUsers.Coordinator); x.StatusCodeShouldBe(200); });
        await Host.Send(await App.SignUpAsync("Niet Betrokken"), "GET", $"/api/change-requests/{request}", null, 404);
        var units = review.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()).ToList();
        Assert.Equal(["contact.phones", "contact.website", "content.generalOperation"], units);
        var phones = review.GetProperty("units")[0].GetProperty("fields")[0];
        Assert.Equal("contact.phones[0].number", phones.GetProperty("field").GetString());
        Assert.Equal("09 265 04 00", phones.GetProperty("before").GetString());
        Assert.Equal("09 111 22 33", phones.GetProperty("after").GetString());

        await Host.Send(coordinator, "POST", $"/api/change-requests/{request}/approve", new { fields = (string[]?)null, overrideConflicts = false, note = "Dank je." }, 200);

        published = await Host.Fiche(fiche);
        Assert.Equal("09 111 22 33", published.GetProperty("contact").GetProperty("phones")[0].GetProperty("number").GetString());
        Assert.Equal("https://speelboom.example", published.GetProperty("contact").GetProperty("website").GetString());
        Assert.Equal(coordinator.Name, published.GetProperty("verifiedBy").GetProperty("name").GetString());
        var history = await (await Host.Scenario(x => { x.Get.Url($"/api/fiches/{fiche}/history"); x.As(TestUsers.Auditor); })).Json();
        var fromReview = history.EnumerateArray().Where(e => e.GetProperty("causationId").GetString() == request.ToString()).Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal(["contact_details_changed", "content_changed", "fiche_verified"], fromReview);
        var mail = Assert.Single(await App.Mail.ToAsync(owner.Email, expected: 3), m => (m.Subject ?? "").Contains("wijziging", StringComparison.Ordinal));
        Assert.Contains("goedgekeurd en staat online", mail.TextBody);
    }

    [Fact]
    public async Task a_field_changed_on_the_fiche_meanwhile_is_a_conflict_and_some_fields_can_be_approved_alone()
    {
        var (fiche, owner, coordinator) = await OwnedFicheAsync();
        var request = (await Host.Send(owner, "POST", $"/api/fiches/{fiche}/change-requests", null, 201)).GetProperty("id").GetGuid();
        await Host.Send(owner, "PUT", $"/api/change-requests/{request}/draft/contact", Contact("09 111 22 33", "https://speelboom.example"), 204);
        await Host.Send(owner, "POST", $"/api/change-requests/{request}/submit", new { note = (string?)null }, 204);

        // Meanwhile the editors set another website directly.
        var version = (await Host.Fiche(fiche)).GetProperty("version").GetInt64();
        await Host.Change(fiche, "contact", new
        {
            contact = new { phones = new[] { new { number = "09 265 04 00" } }, emails = Array.Empty<object>(), website = "https://redactie.example", links = Array.Empty<object>() },
            reason = "Website uit het KBO", version,
        });

        var review = await Host.Send(coordinator, "GET", $"/api/change-requests/{request}", null, 200);
        var website = review.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "contact.website");
        Assert.True(website.GetProperty("conflict").GetBoolean());
        Assert.Equal("https://redactie.example", website.GetProperty("meanwhile")[0].GetProperty("after").GetString());
        Assert.False(review.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "contact.phones").GetProperty("conflict").GetBoolean());

        var refused = await Host.Send(coordinator, "POST", $"/api/change-requests/{request}/approve", new { fields = (string[]?)null, overrideConflicts = false, note = (string?)null }, 409);
        Assert.Equal("contact.website", refused.GetProperty("conflicts")[0].GetString());
        await Host.Send(coordinator, "POST", $"/api/change-requests/{request}/approve", new { fields = new[] { "nonsense" }, overrideConflicts = false, note = (string?)null }, 400);

        var approved = await Host.Send(coordinator, "POST", $"/api/change-requests/{request}/approve", new { fields = new[] { "contact.phones" }, overrideConflicts = false, note = "Website houden we." }, 200);
        Assert.Equal("PartiallyApproved", approved.GetProperty("status").GetString());
        var published = await Host.Fiche(fiche);
        Assert.Equal("09 111 22 33", published.GetProperty("contact").GetProperty("phones")[0].GetProperty("number").GetString());
        Assert.Equal("https://redactie.example", published.GetProperty("contact").GetProperty("website").GetString());
        var mail = Assert.Single(await App.Mail.ToAsync(owner.Email, expected: 3), m => (m.Subject ?? "").Contains("wijziging", StringComparison.Ordinal));
        // In words, and called partial: what was declined as the review page names it.
        Assert.Contains("is gedeeltelijk goedgekeurd", mail.Subject);
        Assert.Contains("Niet overgenomen: Contact › website.", mail.TextBody);
        await Host.Send(coordinator, "POST", $"/api/change-requests/{request}/reject", new { note = "te laat" }, 409); // decided already

        // Decided, it is shown as decided: no conflict (not even the website's), each unit taken over or not.
        foreach (var decided in new[] { approved, await Host.Send(owner, "GET", $"/api/change-requests/{request}", null, 200) })
        {
            var units = decided.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unit").GetString()!);
            Assert.All(units.Values, u => Assert.False(u.GetProperty("conflict").GetBoolean()));
            Assert.True(units["contact.phones"].GetProperty("takenOver").GetBoolean());
            Assert.False(units["contact.website"].GetProperty("takenOver").GetBoolean());
        }
    }

    [Fact]
    public async Task after_a_partial_approval_the_approved_field_is_not_called_a_conflict()
    {
        var (fiche, owner, coordinator) = await OwnedFicheAsync();
        var request = (await Host.Send(owner, "POST", $"/api/fiches/{fiche}/change-requests", null, 201)).GetProperty("id").GetGuid();
        await Host.Send(owner, "PUT", $"/api/change-requests/{request}/draft/contact", Contact("09 111 22 33", "https://speelboom.example"), 204);
        await Host.Send(owner, "POST", $"/api/change-requests/{request}/submit", new { note = (string?)null }, 204);
        var approved = await Host.Send(coordinator, "POST", $"/api/change-requests/{request}/approve", new { fields = new[] { "contact.phones" }, overrideConflicts = false, note = (string?)null }, 200);
        // The fiche now differs from the draft's base in the phone (by this approval): that is no conflict.
        var phones = approved.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "contact.phones");
        Assert.False(phones.GetProperty("conflict").GetBoolean());
        Assert.True(phones.GetProperty("takenOver").GetBoolean());
        Assert.Equal("09 265 04 00", phones.GetProperty("fields")[0].GetProperty("before").GetString()); // as it was, not as it is now
        var page = await (await Host.Scenario(x => { x.Get.Url($"/beheer/{request}"); x.As(coordinator); })).ReadAsTextAsync();
        Assert.DoesNotContain("Conflict", page);
        Assert.Contains("Niet overgenomen", page);
    }

    [Fact]
    public async Task an_owner_has_one_draft_per_fiche_resumed_not_duplicated_even_when_started_twice_at_once()
    {
        var (fiche, owner, _) = await OwnedFicheAsync();
        async Task<(int Status, JsonElement Body)> Start()
        {
            var result = await Host.Scenario(x => { x.Post.Url($"/api/fiches/{fiche}/change-requests"); x.As(owner); x.IgnoreStatusCode(); });
            return (result.Context.Response.StatusCode, await result.Json());
        }
        var starts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Start()));
        Assert.All(starts, s => Assert.Contains(s.Status, new[] { 200, 201 }));
        var draft = Assert.Single(starts.Select(s => s.Body.GetProperty("id").GetGuid()).Distinct());
        Assert.Single(starts, s => s.Status == 201 && !s.Body.GetProperty("resumed").GetBoolean());
        var again = await Host.Send(owner, "POST", $"/api/fiches/{fiche}/change-requests", null, 200);
        Assert.Equal(draft, again.GetProperty("id").GetGuid());

        // Sent, it waits: no second one beside it until it is withdrawn.
        await Host.Send(owner, "PUT", $"/api/change-requests/{draft}/draft/contact", Contact("09 111 22 33", null), 204);
        await Host.Send(owner, "POST", $"/api/change-requests/{draft}/submit", new { note = (string?)null }, 204);
        var pending = await Host.Send(owner, "POST", $"/api/fiches/{fiche}/change-requests", null, 409);
        Assert.Equal(draft, pending.GetProperty("requestId").GetGuid());
        Assert.Contains("wacht nog op de redactie", pending.GetProperty("detail").GetString());
        await Host.Send(owner, "POST", $"/api/change-requests/{draft}/withdraw", null, 204);
        var next = (await Host.Send(owner, "POST", $"/api/fiches/{fiche}/change-requests", null, 201)).GetProperty("id").GetGuid();
        Assert.NotEqual(draft, next);
    }

    [Fact]
    public async Task drafts_are_checked_with_the_directory_rules_and_only_by_their_owner()
    {
        var (fiche, owner, coordinator) = await OwnedFicheAsync();
        var request = (await Host.Send(owner, "POST", $"/api/fiches/{fiche}/change-requests", null, 201)).GetProperty("id").GetGuid();

        var invalid = await Host.Send(owner, "PUT", $"/api/change-requests/{request}/draft/contact", Contact("123", "geen website"), 400);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("contact.phones[0].number", out _));
        await Host.Send(owner, "PUT", $"/api/change-requests/{request}/draft/rubrieken", new { value = new[] { "x" } }, 400);
        await Host.Send(owner, "PUT", $"/api/change-requests/{request}/draft/contact", new { value = "not an object" }, 400);
        await Host.Send(owner, "POST", $"/api/change-requests/{request}/submit", new { note = (string?)null }, 400); // changes nothing yet

        var stranger = await App.SignUpAsync("Stefaan Vreemd");
        await Host.Send(stranger, "POST", $"/api/fiches/{fiche}/change-requests", null, 403);
        await Host.Send(stranger, "PUT", $"/api/change-requests/{request}/draft/contact", Contact("09 111 22 33", null), 403);
        await Host.Send(stranger, "GET", $"/api/change-requests/{request}", null, 404);
        await Host.Send(coordinator, "POST", $"/api/change-requests/{request}/approve", new { fields = (string[]?)null, overrideConflicts = false, note = (string?)null }, 404); // a draft is not in the queue

        await Host.Send(owner, "PUT", $"/api/change-requests/{request}/draft/contact", Contact("09 111 22 33", null), 204);
        await Host.Send(owner, "POST", $"/api/change-requests/{request}/submit", new { note = (string?)null }, 204);
        await Host.Send(owner, "PUT", $"/api/change-requests/{request}/draft/contact", Contact("09 999 22 33", null), 409); // sent: no more edits
        await Host.Send(owner, "POST", $"/api/change-requests/{request}/withdraw", null, 204);
        var withdrawn = await Host.Send(coordinator, "POST", $"/api/change-requests/{request}/approve", new { fields = (string[]?)null, overrideConflicts = false, note = (string?)null }, 409);
        Assert.Contains("ingetrokken", withdrawn.GetProperty("detail").GetString());
        Assert.Equal("09 265 04 00", (await Host.Fiche(fiche)).GetProperty("contact").GetProperty("phones")[0].GetProperty("number").GetString());
    }

    [Fact]
    public async Task script_in_a_draft_is_stored_as_text()
    {
        var (fiche, owner, coordinator) = await OwnedFicheAsync();
        var request = (await Host.Send(owner, "POST", $"/api/fiches/{fiche}/change-requests", null, 201)).GetProperty("id").GetGuid();
        const string script = "<script>alert('x')</script> Opvang";
        await Host.Send(owner, "PUT", $"/api/change-requests/{request}/draft/content", new
        {
            value = new { generalOperation = script, tasks = (string?)null, targetGroup = new { tags = Array.Empty<string>(), description = (string?)null }, registration = (string?)null, cost = (string?)null, languages = Array.Empty<string>() },
        }, 204);
        await Host.Send(owner, "POST", $"/api/change-requests/{request}/submit", new { note = (string?)null }, 204);
        var review = await Host.Send(coordinator, "GET", $"/api/change-requests/{request}", null, 200);
        Assert.Equal(script, review.GetProperty("units")[0].GetProperty("fields")[0].GetProperty("after").GetString());
    }
}
