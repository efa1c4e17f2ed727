using SocialeKaart.Modules.Review.Changes;
using SocialeKaart.Modules.Review.Decisions;

namespace SocialeKaart.Modules.Review.Suggestions;

/// <summary>
/// Triage of public suggestions: a coordinator turns one into a change request (a draft they edit and submit; another
/// coordinator approves it, four eyes as for owners) or dismisses it with a reason. The sender hears by e-mail either way.
/// </summary>
public sealed class SuggestionTriageService(ReviewSession review)
{
    public async Task<ReviewOutcome<ChangeRequest>> ConvertAsync(Guid id, Decision decision, ClaimsPrincipal reviewer, CancellationToken ct)
    {
        var (stream, refused) = await review.OpenForDecisionAsync<ChangeSuggestion>(id, ReviewKind.Suggestion, decision, reasonRequired: false, reviewer, ct);
        if (refused is not null) return refused;
        var suggestion = stream!.Aggregate!;
        var fiche = await review.FicheAsync(suggestion.FicheId, ct);
        if (fiche is null) return Problems.Conflict("De fiche bestaat niet meer; wijs het voorstel af.");

        var requestId = Guid.CreateVersion7();
        var started = new ChangeRequestStarted(requestId, fiche.Id, fiche.Name, ReviewRules.ProvinceOf(fiche, review.Geography), fiche.Version, fiche,
            reviewer.ToActor(), reviewer.FindFirstValue(ClaimTypes.Email), id, review.Now);
        review.Session.Events.StartStream<ChangeRequest>(requestId, started);
        stream.AppendOne(new SuggestionConverted(id, requestId, decision.Text, reviewer.ToActor(), review.Now));
        if (suggestion.SenderEmail is not null)
            await review.Outbox.PublishAsync(Notifications.SuggestionConverted(suggestion.SenderEmail, suggestion.SenderName, suggestion.FicheName));
        return await review.SaveAsync(ct) is { } problem ? problem : ReviewOutcome<ChangeRequest>.Ok(ChangeRequest.Create(started));
    }

    public async Task<ReviewOutcome<ChangeSuggestion>> DismissAsync(Guid id, Decision decision, ClaimsPrincipal reviewer, CancellationToken ct)
    {
        var (stream, refused) = await review.OpenForDecisionAsync<ChangeSuggestion>(id, ReviewKind.Suggestion, decision, reasonRequired: true, reviewer, ct);
        if (refused is not null) return refused;
        var suggestion = stream!.Aggregate!;
        var reason = decision.Text!;
        stream.AppendOne(new SuggestionDismissed(id, reason, reviewer.ToActor(), review.Now));
        if (suggestion.SenderEmail is not null)
            await review.Outbox.PublishAsync(Notifications.SuggestionDismissed(suggestion.SenderEmail, suggestion.SenderName, suggestion.FicheName, reason));
        return await review.SaveAsync(ct) is { } problem ? problem : ReviewOutcome<ChangeSuggestion>.Ok(suggestion);
    }

}
