using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Review;

/// <summary>Claims end to end through HTTP: claim, the queue, decisions, the e-mails that arrive, ownership and its revocation.</summary>
public sealed class ClaimTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task an_approved_claim_makes_the_professional_an_owner_and_tells_them_by_mail()
    {
        var fiche = await Host.Register("Kinderopvang De Speelboom");
        var an = await App.SignUpAsync("An Peeters");
        var coordinator = await App.SignUpAsync("Cor Coördinator", "coordinator", "40000");

        var claim = await Host.Send(an, "POST", $"/api/fiches/{fiche}/claims", new { motivation = "Ik ben de directeur van de opvang." }, 201);
        var claimId = claim.GetProperty("id").GetGuid();

        var queue = await Host.Send(coordinator, "GET", "/api/reviews", null, 200);
        var line = queue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == claimId);
        Assert.Equal("Claim", line.GetProperty("kind").GetString());
        Assert.Equal("Kinderopvang De Speelboom", line.GetProperty("title").GetString());
        Assert.Equal("An Peeters", line.GetProperty("submitterName").GetString());
        Assert.Equal(1, queue.GetProperty("counts").GetProperty("Claim").GetInt32());

        await Host.Send(coordinator, "POST", $"/api/claims/{claimId}/approve", new { note = "Gecontroleerd via KBO." }, 204);

        var mail = Assert.Single(await App.Mail.ToAsync(an.Email, expected: 2), m => (m.Subject ?? "").Contains("beheerder", StringComparison.Ordinal));
        Assert.Contains("Kinderopvang De Speelboom", mail.TextBody);
        Assert.Contains("Gecontroleerd via KBO.", mail.TextBody);
        var owners = await Host.Send(coordinator, "GET", $"/api/fiches/{fiche}/owners", null, 200);
        Assert.Equal(an.Id, Assert.Single(owners.EnumerateArray()).GetProperty("accountId").GetGuid());
        Assert.Empty((await Host.Send(coordinator, "GET", "/api/reviews", null, 200)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task claiming_an_owned_fiche_is_possible_and_the_coordinator_sees_it_is_owned()
    {
        var fiche = await Host.Register();
        var (an, bert) = (await App.SignUpAsync("An Peeters"), await App.SignUpAsync("Bert Claes"));
        var coordinator = await App.SignUpAsync("Cor Coördinator", "coordinator");
        var first = (await Host.Send(an, "POST", $"/api/fiches/{fiche}/claims", new { motivation = "Directeur" }, 201)).GetProperty("id").GetGuid();
        await Host.Send(coordinator, "POST", $"/api/claims/{first}/approve", new { note = (string?)null }, 204);

        var oversized = await Host.Send(bert, "POST", $"/api/fiches/{fiche}/claims", new { motivation = new string('x', 2001) }, 400);
        Assert.True(oversized.GetProperty("errors").TryGetProperty("motivation", out _));
        await Host.Send(bert, "POST", $"/api/fiches/{Guid.NewGuid()}/claims", new { motivation = "bestaat niet" }, 404);
        var second = await Host.Send(bert, "POST", $"/api/fiches/{fiche}/claims", new { motivation = "Ik ben de nieuwe coördinator." }, 201);
        Assert.Equal(1, second.GetProperty("ownersAlready").GetInt32());
        await Host.Send(an, "POST", $"/api/fiches/{fiche}/claims", new { motivation = "nog eens" }, 409); // already an owner
        await Host.Send(bert, "POST", $"/api/fiches/{fiche}/claims", new { motivation = "nog eens" }, 409); // already waiting
    }

    [Fact]
    public async Task a_rejection_needs_a_reason_which_the_claimant_receives_and_revoking_ends_ownership()
    {
        var fiche = await Host.Register();
        var an = await App.SignUpAsync("An Peeters");
        var coordinator = await App.SignUpAsync("Cor Coördinator", "coordinator");
        var claimId = (await Host.Send(an, "POST", $"/api/fiches/{fiche}/claims", new { motivation = "Directeur" }, 201)).GetProperty("id").GetGuid();

        var missing = await Host.Send(coordinator, "POST", $"/api/claims/{claimId}/reject", new { note = " " }, 400);
        Assert.True(missing.GetProperty("errors").TryGetProperty("note", out _));
        await Host.Send(coordinator, "POST", $"/api/claims/{claimId}/reject", new { note = "Je naam staat niet in het KBO." }, 204);
        Assert.Contains("Je naam staat niet in het KBO.", (await App.Mail.ToAsync(an.Email, expected: 2)).Single(m => (m.Subject ?? "").Contains("niet goedgekeurd", StringComparison.Ordinal)).TextBody);
        await Host.Send(coordinator, "POST", $"/api/claims/{claimId}/approve", new { note = "toch wel" }, 409); // decided already

        var again = (await Host.Send(an, "POST", $"/api/fiches/{fiche}/claims", new { motivation = "Nu met bewijs." }, 201)).GetProperty("id").GetGuid();
        await Host.Send(coordinator, "POST", $"/api/claims/{again}/approve", new { note = (string?)null }, 204);
        await Host.Send(an, "POST", $"/api/fiches/{fiche}/change-requests", null, 201);
        await Host.Send(coordinator, "POST", $"/api/claims/{again}/revoke", new { note = "Werkt er niet meer." }, 204);
        await Host.Send(an, "POST", $"/api/fiches/{fiche}/change-requests", null, 403);
        Assert.Contains((await App.Mail.ToAsync(an.Email, expected: 4)), m => (m.Subject ?? "").Contains("niet meer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_withdrawn_claim_cannot_be_decided_and_a_coordinator_of_another_province_cannot_decide()
    {
        var fiche = await Host.Register(); // Gent: Oost-Vlaanderen (40000)
        var an = await App.SignUpAsync("An Peeters");
        var limburg = await App.SignUpAsync("Lien Limburg", "coordinator", "70000");
        var claimId = (await Host.Send(an, "POST", $"/api/fiches/{fiche}/claims", new { motivation = "Directeur" }, 201)).GetProperty("id").GetGuid();

        Assert.Empty((await Host.Send(limburg, "GET", "/api/reviews", null, 200)).GetProperty("items").EnumerateArray());
        await Host.Send(limburg, "POST", $"/api/claims/{claimId}/approve", new { note = (string?)null }, 403);

        await Host.Send(an, "POST", $"/api/claims/{claimId}/withdraw", null, 204);
        var coordinator = await App.SignUpAsync("Cor Coördinator", "coordinator");
        var refused = await Host.Send(coordinator, "POST", $"/api/claims/{claimId}/approve", new { note = (string?)null }, 409);
        Assert.Contains("ingetrokken", refused.GetProperty("detail").GetString());
    }
}
