using SocialeKaart.Modules.Review.Decisions;

namespace SocialeKaart.Modules.Review.Claims;

public sealed record ClaimForm(string? Motivation);

/// <summary>Claims: a professional asks to own a fiche; a coordinator approves or rejects; ownership can be revoked.</summary>
public sealed class ClaimService(ReviewSession review)
{
    public const int MotivationMax = 2000;

    public async Task<ReviewOutcome<OwnershipClaim>> SubmitAsync(Guid ficheId, ClaimForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.AccountId() is not { } accountId) return Problems.Forbidden("Meld je aan met je account om een fiche te beheren.");
        var errors = new InputErrors().Required("motivation", form.Motivation, MotivationMax);
        if (errors.Any) return errors.ToProblem();
        var fiche = await review.FicheAsync(ficheId, ct);
        if (fiche is null) return Problems.NotFound("Er bestaat geen fiche met dit id.");

        var claims = await review.Session.Query<OwnershipClaim>().Where(c => c.FicheId == ficheId).ToListAsync(ct);
        if (claims.Any(c => c.AccountId == accountId && c.Status == ReviewStatus.Approved)) return Problems.Conflict("Je beheert deze fiche al.");
        if (claims.Any(c => c.AccountId == accountId && c.Status == ReviewStatus.Open)) return Problems.Conflict("Je aanvraag voor deze fiche wacht al op een beslissing.");

        var id = Guid.CreateVersion7();
        var submitted = new ClaimSubmitted(id, ficheId, fiche.Name, ReviewRules.ProvinceOf(fiche, review.Geography), accountId,
            user.FindFirstValue(ClaimTypes.Name) ?? "", user.FindFirstValue(ClaimTypes.Email) ?? "", form.Motivation!.Trim(),
            claims.Count(c => c.Status == ReviewStatus.Approved), review.Now);
        review.Session.Events.StartStream<OwnershipClaim>(id, submitted);
        return await review.SaveAsync(ct) is { } problem ? problem : ReviewOutcome<OwnershipClaim>.Ok(OwnershipClaim.Create(submitted));
    }

    public Task<ReviewOutcome<OwnershipClaim>> ApproveAsync(Guid id, Decision decision, ClaimsPrincipal reviewer, CancellationToken ct) =>
        DecideAsync(id, decision, reviewer, reasonRequired: false, (claim, note, by) =>
            (new ClaimApproved(id, note, by, review.Now), Notifications.ClaimApproved(claim.ClaimantEmail, claim.ClaimantName, claim.FicheName, note)), ct);

    public Task<ReviewOutcome<OwnershipClaim>> RejectAsync(Guid id, Decision decision, ClaimsPrincipal reviewer, CancellationToken ct) =>
        DecideAsync(id, decision, reviewer, reasonRequired: true, (claim, note, by) =>
            (new ClaimRejected(id, note!, by, review.Now), Notifications.ClaimRejected(claim.ClaimantEmail, claim.ClaimantName, claim.FicheName, note!)), ct);

    public async Task<ReviewOutcome<OwnershipClaim>> WithdrawAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var stream = await review.Session.Events.FetchForWriting<OwnershipClaim>(id, ct);
        if (stream.Aggregate is not { } claim || claim.AccountId != user.AccountId()) return Problems.NotFound("Je hebt geen aanvraag met dit id.");
        if (claim.Status != ReviewStatus.Open) return Problems.Conflict("Hierover is al beslist.");
        stream.AppendOne(new ClaimWithdrawn(id, review.Now));
        return await review.SaveAsync(ct) is { } problem ? problem : ReviewOutcome<OwnershipClaim>.Ok(claim);
    }

    /// <summary>Takes ownership away (a back-office decision on an approved claim; no four-eyes check, it removes rights).</summary>
    public async Task<ReviewOutcome<OwnershipClaim>> RevokeAsync(Guid id, Decision decision, ClaimsPrincipal reviewer, CancellationToken ct)
    {
        if (decision.Check(reasonRequired: true) is { Any: true } errors) return errors.ToProblem();
        var item = await review.ItemAsync(id, ct);
        if (item is null || item.Kind != ReviewKind.Claim) return Problems.NotFound("Er bestaat geen aanvraag met dit id.");
        if (!ReviewRules.InScope(item, reviewer)) return Problems.Forbidden("Dit item hoort bij een provincie die jij niet behandelt.");
        var stream = await review.Session.Events.FetchForWriting<OwnershipClaim>(id, ct);
        var claim = stream.Aggregate!;
        if (claim.Status != ReviewStatus.Approved) return Problems.Conflict("Alleen een goedgekeurd beheerrecht kan ingetrokken worden.");
        var reason = decision.Text!;
        stream.AppendOne(new OwnershipRevoked(id, reason, reviewer.ToActor(), review.Now));
        await review.Outbox.PublishAsync(Notifications.OwnershipRevoked(claim.ClaimantEmail, claim.ClaimantName, claim.FicheName, reason));
        return await review.SaveAsync(ct) is { } problem ? problem : ReviewOutcome<OwnershipClaim>.Ok(claim);
    }

    public Task<IReadOnlyList<OwnershipClaim>> OwnersOfAsync(Guid ficheId, CancellationToken ct) =>
        review.Session.Query<OwnershipClaim>().Where(c => c.FicheId == ficheId && c.Status == ReviewStatus.Approved).ToListAsync(ct);

    public async Task<bool> OwnsAsync(Guid? accountId, Guid ficheId, CancellationToken ct) =>
        accountId is { } id && await review.Session.Query<OwnershipClaim>().AnyAsync(c => c.FicheId == ficheId && c.AccountId == id && c.Status == ReviewStatus.Approved, ct);

    private async Task<ReviewOutcome<OwnershipClaim>> DecideAsync(
        Guid id, Decision decision, ClaimsPrincipal reviewer, bool reasonRequired,
        Func<OwnershipClaim, string?, Actor, (object Event, Contracts.Mail.SendMail Mail)> decide, CancellationToken ct)
    {
        var (stream, refused) = await review.OpenForDecisionAsync<OwnershipClaim>(id, ReviewKind.Claim, decision, reasonRequired, reviewer, ct);
        if (refused is not null) return refused;
        var claim = stream!.Aggregate!;
        var (@event, mail) = decide(claim, decision.Text, reviewer.ToActor());
        stream.AppendOne(@event);
        await review.Outbox.PublishAsync(mail);
        return await review.SaveAsync(ct) is { } problem ? problem : ReviewOutcome<OwnershipClaim>.Ok(claim);
    }
}
