using SocialeKaart.Modules.Review.Changes;
using SocialeKaart.Modules.Review.Claims;
using SocialeKaart.Modules.Review.Proposals;
using SocialeKaart.Modules.Review.Suggestions;

namespace SocialeKaart.Modules.Review.Decisions;

/// <summary>
/// Erases a person's name and contact details from every review stream they started (suggestions they sent, claims,
/// change requests, proposals), with Marten's event masking rules (ReviewModule), then refolds those streams' documents.
/// Staff names on decisions stay: they account for the decision. The e-mails already sent are outside our reach.
/// </summary>
public sealed class ReviewPersonalData(IDocumentStore store) : IPersonalDataErasure
{
    public const string Erased = "(gewist)";

    public async Task<int> EraseAsync(PersonalDataSubject person, CancellationToken ct)
    {
        var address = person.Email.Trim().ToLowerInvariant();
        await using var query = store.QuerySession();
        var suggestions = await query.Query<ChangeSuggestion>().Where(s => s.SenderEmail != null && s.SenderEmail.ToLower() == address).Select(s => s.Id).ToListAsync(ct);
        var claims = await query.Query<OwnershipClaim>().Where(c => c.ClaimantEmail.ToLower() == address).Select(c => c.Id).ToListAsync(ct);
        var changes = await query.Query<ChangeRequest>().Where(c => c.AuthorEmail != null && c.AuthorEmail.ToLower() == address).Select(c => c.Id).ToListAsync(ct);
        var proposals = await query.Query<Proposal>().Where(p => p.ProposerEmail.ToLower() == address).Select(p => p.Id).ToListAsync(ct);
        return await MaskAsync(suggestions, claims, changes, proposals, ct);
    }

    /// <summary>After the Directory erased a fiche's persons: the copies of that fiche in its change requests go too.</summary>
    public async Task<int> EraseFicheCopiesAsync(Guid ficheId, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        var changes = await query.Query<ChangeRequest>().Where(c => c.FicheId == ficheId).Select(c => c.Id).ToListAsync(ct);
        return await MaskAsync([], [], changes, [], ct);
    }

    private async Task<int> MaskAsync(IReadOnlyList<Guid> suggestions, IReadOnlyList<Guid> claims, IReadOnlyList<Guid> changes, IReadOnlyList<Guid> proposals, CancellationToken ct)
    {
        var streams = suggestions.Concat(claims).Concat(changes).Concat(proposals).ToList();
        if (streams.Count == 0) return 0;

        await store.Advanced.ApplyEventDataMasking(masking =>
        {
            foreach (var id in streams) masking.IncludeStream(id);
        }, ct);

        // The documents folded from the masked events still hold the old values: fold them again.
        await using var session = store.LightweightSession();
        foreach (var id in suggestions) await RefoldAsync<ChangeSuggestion>(session, id, ct);
        foreach (var id in claims) await RefoldAsync<OwnershipClaim>(session, id, ct);
        foreach (var id in changes) await RefoldAsync<ChangeRequest>(session, id, ct);
        foreach (var id in proposals) await RefoldAsync<Proposal>(session, id, ct);
        foreach (var id in streams) await RefoldAsync<ReviewItem>(session, id, ct);
        await session.SaveChangesAsync(ct);
        return streams.Count;
    }

    private static async Task RefoldAsync<T>(IDocumentSession session, Guid id, CancellationToken ct) where T : class
    {
        if (await session.Events.AggregateStreamAsync<T>(id, token: ct) is { } document) session.Store(document);
    }

    /// <summary>What each event keeps once its sender is erased.</summary>
    public static void AddMaskingRules(StoreOptions options)
    {
        options.Events.AddMaskingRuleForProtectedInformation<ChangeSuggested>(e => e with { SenderName = Erased, SenderEmail = null, SenderPhone = null });
        options.Events.AddMaskingRuleForProtectedInformation<ClaimSubmitted>(e => e with { ClaimantName = Erased, ClaimantEmail = "" });
        // A change request's stream holds both its author and copies of the fiche (with the fiche's persons): masking it,
        // for either reason, erases both. The author's account id stays, so the request remains traceable.
        options.Events.AddMaskingRuleForProtectedInformation<ChangeRequestStarted>(e => e with
        {
            AuthorEmail = null, Author = e.Author with { Name = Erased }, Base = FichePersonalData.Erase(e.Base),
        });
        options.Events.AddMaskingRuleForProtectedInformation<DraftEdited>(e => e with { Draft = FichePersonalData.Erase(e.Draft) });
        options.Events.AddMaskingRuleForProtectedInformation<OrganisationProposed>(e => e with { ProposerName = Erased, ProposerEmail = "" });
    }
}
