using System.Text.Json;
using System.Text.Json.Nodes;
using SocialeKaart.Modules.Review.Claims;
using SocialeKaart.Modules.Review.Decisions;

namespace SocialeKaart.Modules.Review.Changes;

public sealed record DraftSection(JsonElement? Value);

public sealed record SubmitChange(string? Note);

/// <param name="Fields">The units to take over (see the review's units); none means all of them.</param>
/// <param name="OverrideConflicts">Take over units the published fiche changed meanwhile (their new value is lost).</param>
/// <param name="Resumed">The owner's open draft, given back instead of a second one.</param>
public sealed record StartedDraft(ChangeRequest Request, bool Resumed);

public sealed record ApproveChange(IReadOnlyList<string>? Fields, bool OverrideConflicts, string? Note);

/// <summary>
/// Owner change requests: a draft of the fiche that never touches the published fiche, until a coordinator approves
/// (all or some fields). Approval has the Directory stage the fiche's events (IFicheRevisionStage) with this request as causation,
/// in the same transaction as the decision.
/// </summary>
public sealed class ChangeRequestService(ReviewSession review, ClaimService claims, IFicheRevisions revisions, IFicheRevisionStage stage)
{
    /// <summary>
    /// An owner's draft of a fiche: their open draft if they have one (resumed, never a second), refused while their last
    /// change still waits for a decision. The id follows from the fiche, the author and how many requests they made for it,
    /// so two clicks at once make one draft: the second start collides with the first and resumes it.
    /// </summary>
    public async Task<ReviewOutcome<StartedDraft>> StartAsync(Guid ficheId, ClaimsPrincipal user, CancellationToken ct)
    {
        var fiche = await review.FicheAsync(ficheId, ct);
        if (fiche is null) return Problems.NotFound("Er bestaat geen fiche met dit id.");
        if (!await claims.OwnsAsync(user.AccountId(), ficheId, ct)) return Problems.Forbidden("Je beheert deze fiche niet. Vraag eerst het beheer aan.");
        var author = user.ToActor();
        var mine = await MineAsync(ficheId, author, ct);
        if (mine.FirstOrDefault(r => r.Status == ReviewStatus.Draft) is { } draft) return ReviewOutcome<StartedDraft>.Ok(new(draft, Resumed: true));
        if (mine.FirstOrDefault(r => r.Status == ReviewStatus.Open) is { } pending) return Pending(pending);

        var id = NameBasedGuid.Of($"change-request:{ficheId:N}:{author.Id}:{mine.Count}");
        var started = await StartAsync(fiche, author, user.FindFirstValue(ClaimTypes.Email), null, ct, id);
        if (started.Problem is not { Status: StatusCodes.Status409Conflict }) return started.Problem ?? ReviewOutcome<StartedDraft>.Ok(new(started.Value!, Resumed: false));
        // Started at the same moment by another request of this owner: that draft is the one.
        await using var fresh = review.Session.DocumentStore.QuerySession();
        return await fresh.LoadAsync<ChangeRequest>(id, ct) is { Status: ReviewStatus.Draft } other
            ? ReviewOutcome<StartedDraft>.Ok(new(other, Resumed: true)) : started.Problem;
    }

    /// <summary>An owner's requests for one fiche.</summary>
    private async Task<IReadOnlyList<ChangeRequest>> MineAsync(Guid ficheId, Actor author, CancellationToken ct) =>
        await review.Session.Query<ChangeRequest>().Where(r => r.FicheId == ficheId && r.Author.Id == author.Id).ToListAsync(ct);

    private Microsoft.AspNetCore.Mvc.ProblemDetails Pending(ChangeRequest pending)
    {
        var problem = Problems.Conflict(
            $"Je wijziging van {BelgianTime.Day(pending.SubmittedAt ?? pending.StartedAt ?? review.Now)} wacht nog op de redactie. Trek ze in als je opnieuw wil beginnen.");
        problem.Extensions["requestId"] = pending.Id;
        return problem;
    }

    /// <summary>A draft started by a coordinator from a suggestion (the caller checked the suggestion may be converted).</summary>
    public async Task<ReviewOutcome<ChangeRequest>> StartAsync(Fiche fiche, Actor author, string? authorEmail, Guid? fromSuggestion, CancellationToken ct,
        Guid? requestId = null)
    {
        var id = requestId ?? Guid.CreateVersion7();
        var started = new ChangeRequestStarted(id, fiche.Id, fiche.Name, ReviewRules.ProvinceOf(fiche, review.Geography), fiche.Version, fiche,
            author, authorEmail, fromSuggestion, review.Now);
        review.Session.Events.StartStream<ChangeRequest>(id, started);
        return await review.SaveAsync(ct) is { } problem ? problem : ReviewOutcome<ChangeRequest>.Ok(ChangeRequest.Create(started));
    }

    public async Task<ReviewOutcome<ChangeRequest>> EditAsync(Guid id, string section, DraftSection body, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!RevisableSections.All.Contains(section))
            return new InputErrors().Add("section", $"Dit onderdeel kan je niet wijzigen; kies uit {string.Join(", ", RevisableSections.All)}.").ToProblem();
        var (stream, refused) = await OwnDraftAsync(id, user, ct);
        if (refused is not null) return refused;
        var request = stream!.Aggregate!;

        Fiche edited;
        try
        {
            var draft = JsonSerializer.SerializeToNode(request.Draft, FicheFields.Options)!.AsObject();
            draft[section] = body.Value is { } value ? JsonNode.Parse(value.GetRawText()) : null;
            edited = draft.Deserialize<Fiche>(FicheFields.Options)!;
        }
        catch (JsonException e)
        {
            return new InputErrors().Add(section, $"Dit onderdeel heeft niet de verwachte vorm ({e.Path}).").ToProblem();
        }
        var check = await revisions.CheckAsync(request.Base, edited, ct);
        if (check.Proposed is null) return InputErrors.From(check.Errors).ToProblem();
        stream.AppendOne(new DraftEdited(id, check.Proposed, review.Now));
        request.Draft = check.Proposed;
        return await review.SaveAsync(ct) is { } problem ? problem : ReviewOutcome<ChangeRequest>.Ok(request);
    }

    public async Task<ReviewOutcome<ChangeRequest>> SubmitAsync(Guid id, SubmitChange body, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new InputErrors().Optional("note", body.Note, ReviewRules.NoteMax);
        if (errors.Any) return errors.ToProblem();
        var (stream, refused) = await OwnDraftAsync(id, user, ct);
        if (refused is not null) return refused;
        var request = stream!.Aggregate!;
        if (ChangeDiff.Compare(request.Base, request.Draft, request.Base).Count == 0)
            return new InputErrors().Add("draft", "Je ontwerp wijzigt nog niets aan de fiche.").ToProblem();
        stream.AppendOne(new ChangeRequestSubmitted(id, string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim(), review.Now));
        return await review.SaveAsync(ct) is { } problem ? problem : ReviewOutcome<ChangeRequest>.Ok(request);
    }

    public async Task<ReviewOutcome<ChangeRequest>> WithdrawAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var stream = await review.Session.Events.FetchForWriting<ChangeRequest>(id, ct);
        if (stream.Aggregate is not { } request || request.Author.Id != user.ToActor().Id) return Problems.NotFound("Je hebt geen wijzigingsaanvraag met dit id.");
        if (request.Status is not (ReviewStatus.Draft or ReviewStatus.Open)) return Problems.Conflict("Hierover is al beslist.");
        stream.AppendOne(new ChangeRequestWithdrawn(id, review.Now));
        return await review.SaveAsync(ct) is { } problem ? problem : ReviewOutcome<ChangeRequest>.Ok(request);
    }

    /// <summary>An author's own request (any status), or null: someone else's is not found.</summary>
    public async Task<ChangeRequest?> DraftOfAsync(Guid id, ClaimsPrincipal user, CancellationToken ct) =>
        await review.Session.LoadAsync<ChangeRequest>(id, ct) is { } request && request.Author.Id == user.ToActor().Id ? request : null;

    /// <summary>The diff for the author (their own request) or the back office.</summary>
    public async Task<ReviewOutcome<ChangeReview>> ReviewAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var request = await review.Session.LoadAsync<ChangeRequest>(id, ct);
        var item = await review.ItemAsync(id, ct);
        var staff = user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Auditor);
        if (request is null || item is null || (request.Author.Id != user.ToActor().Id && !staff)) return Problems.NotFound("Er bestaat geen wijzigingsaanvraag met dit id.");
        var current = await review.FicheAsync(request.FicheId, ct) ?? request.Base;
        var units = request.Status is ReviewStatus.Draft or ReviewStatus.Open
            ? ChangeDiff.Compare(request.Base, request.Draft, current)
            : ChangeDiff.Decided(request.Base, request.Draft, request.Approved);
        return ReviewOutcome<ChangeReview>.Ok(new ChangeReview(id, request.FicheId, request.FicheName, request.Status, request.Author, request.Note,
            request.BaseVersion, current.Version, units));
    }

    public async Task<ReviewOutcome<ChangeReview>> ApproveAsync(Guid id, ApproveChange body, ClaimsPrincipal reviewer, CancellationToken ct)
    {
        var decision = new Decision(body.Note);
        var (stream, refused) = await review.OpenForDecisionAsync<ChangeRequest>(id, ReviewKind.ChangeRequest, decision, reasonRequired: false, reviewer, ct);
        if (refused is not null) return refused;
        var request = stream!.Aggregate!;
        var current = await review.FicheAsync(request.FicheId, ct);
        if (current is null) return Problems.Conflict("De fiche bestaat niet meer.");
        var units = ChangeDiff.Compare(request.Base, request.Draft, current);
        var chosen = body.Fields is { Count: > 0 } ? body.Fields.Distinct().ToList() : units.Select(u => u.Unit).ToList();
        var unknown = chosen.Except(units.Select(u => u.Unit)).ToList();
        if (unknown.Count > 0) return new InputErrors().Add("fields", $"Deze velden wijzigt de aanvraag niet: {string.Join(", ", unknown)}.").ToProblem();
        var conflicts = units.Where(u => u.Conflict && chosen.Contains(u.Unit)).Select(u => u.Unit).ToList();
        if (conflicts.Count > 0 && !body.OverrideConflicts)
        {
            var problem = Problems.Conflict($"De fiche is intussen gewijzigd in: {string.Join(", ", conflicts)}. Kijk die velden na en bevestig dat je ze overschrijft, of laat ze weg.");
            problem.Extensions["conflicts"] = conflicts;
            return problem;
        }

        var note = decision.Text;
        var declined = units.Select(u => u.Unit).Except(chosen).ToList();
        // The fiche's events are staged in this session: they commit with the decision below, in one transaction (ADR 26).
        var applied = await stage.StageAsync(new ApplyRevision(request.FicheId, id, current.Version,
            FicheFields.WithUnits(current, request.Draft, chosen), reviewer.ToActor(), note ?? "Wijzigingsaanvraag goedgekeurd"), ct);
        if (applied.Problem is not null)
        {
            var problem = Problems.Conflict(applied.Problem);
            if (applied.Errors is not null) problem.Extensions["errors"] = applied.Errors;
            return problem;
        }
        stream.AppendOne(new ChangeRequestApproved(id, chosen, declined, note, applied.Version, reviewer.ToActor(), review.Now));
        if (request.AuthorEmail is not null) await review.Outbox.PublishAsync(Notifications.ChangeApproved(request.AuthorEmail, request.Author.Name, request.FicheName, declined, note));
        if (await review.SaveAsync(ct) is { } lost) return lost;
        return await ReviewAsync(id, reviewer, ct);
    }

    public async Task<ReviewOutcome<ChangeReview>> RejectAsync(Guid id, Decision decision, ClaimsPrincipal reviewer, CancellationToken ct)
    {
        var (stream, refused) = await review.OpenForDecisionAsync<ChangeRequest>(id, ReviewKind.ChangeRequest, decision, reasonRequired: true, reviewer, ct);
        if (refused is not null) return refused;
        var request = stream!.Aggregate!;
        var reason = decision.Text!;
        stream.AppendOne(new ChangeRequestRejected(id, reason, reviewer.ToActor(), review.Now));
        if (request.AuthorEmail is not null) await review.Outbox.PublishAsync(Notifications.ChangeRejected(request.AuthorEmail, request.Author.Name, request.FicheName, reason));
        if (await review.SaveAsync(ct) is { } lost) return lost;
        return await ReviewAsync(id, reviewer, ct);
    }

    private async Task<(JasperFx.Events.IEventStream<ChangeRequest>?, Microsoft.AspNetCore.Mvc.ProblemDetails?)> OwnDraftAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var stream = await review.Session.Events.FetchForWriting<ChangeRequest>(id, ct);
        if (stream.Aggregate is not { } request || request.Author.Id != user.ToActor().Id)
            return (null, Problems.Forbidden("Dit is niet jouw wijzigingsaanvraag."));
        if (request.Status != ReviewStatus.Draft) return (null, Problems.Conflict("Deze aanvraag is al verstuurd of afgesloten; begin een nieuwe."));
        // An owner whose ownership was revoked meanwhile cannot go on (a coordinator's draft from a suggestion has no claim).
        if (request.FromSuggestion is null && !await claims.OwnsAsync(user.AccountId(), request.FicheId, ct))
            return (null, Problems.Forbidden("Je beheert deze fiche niet (meer)."));
        return (stream, null);
    }
}
