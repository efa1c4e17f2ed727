using SocialeKaart.Modules.Contracts.Geography;

namespace SocialeKaart.Modules.Review.Decisions;

/// <summary>
/// What every review service works with: a Marten session enrolled in Wolverine's outbox, so the events of a decision
/// and the e-mails about it are committed together (or neither), from an API endpoint and from a page alike.
/// </summary>
public sealed class ReviewSession
{
    public ReviewSession(IDocumentSession session, IMartenOutbox outbox, IFicheDetails fiches, IGeography geography, TimeProvider clock)
    {
        (Session, Outbox, Fiches, Geography, Clock) = (session, outbox, fiches, geography, clock);
        outbox.Enroll(session);
    }

    public IDocumentSession Session { get; }

    /// <summary>Messages published here leave only when <see cref="SaveAsync"/> commits.</summary>
    public IMartenOutbox Outbox { get; }


    public IFicheDetails Fiches { get; }
    public IGeography Geography { get; }
    public TimeProvider Clock { get; }
    public DateTimeOffset Now => Clock.GetUtcNow();

    public Task<Fiche?> FicheAsync(Guid id, CancellationToken ct) => Fiches.FicheAsync(id, ct);

    public Task<ReviewItem?> ItemAsync(Guid id, CancellationToken ct) => Session.LoadAsync<ReviewItem>(id, ct);

    /// <summary>
    /// The first step of every decision: the note is valid, the item is of this kind and open, this reviewer may decide it
    /// (ReviewRules); then its stream, fetched for writing so a concurrent decision loses with a 409.
    /// </summary>
    public async Task<(JasperFx.Events.IEventStream<T>? Stream, Microsoft.AspNetCore.Mvc.ProblemDetails? Refused)> OpenForDecisionAsync<T>(
        Guid id, ReviewKind kind, Decision decision, bool reasonRequired, ClaimsPrincipal reviewer, CancellationToken ct) where T : class
    {
        if (decision.Check(reasonRequired) is { Any: true } errors) return (null, errors.ToProblem());
        var item = await ItemAsync(id, ct);
        if (item?.Kind != kind) item = null;
        if (ReviewRules.CanDecide(item, reviewer) is { } refused) return (null, refused);
        return (await Session.Events.FetchForWriting<T>(id, ct), null);
    }

    /// <summary>Commits; a decision that lost the race with another reviewer's is reported, not half-written.</summary>
    public async Task<Microsoft.AspNetCore.Mvc.ProblemDetails?> SaveAsync(CancellationToken ct)
    {
        try
        {
            await Session.SaveChangesAsync(ct);
            return null;
        }
        // The stream version check of FetchForWriting, or a stream started twice (a name-based id made at the same moment).
        catch (Exception e) when (e is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            // Nothing of it is written: Wolverine's transaction middleware saves the session again after the endpoint.
            Session.EjectAllPendingChanges();
            return Problems.Conflict("Iemand anders heeft dit item net gewijzigd of beslist. Laad het opnieuw.");
        }
    }
}
