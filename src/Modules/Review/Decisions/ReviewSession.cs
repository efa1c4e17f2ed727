using SocialeKaart.Modules.Contracts.Geography;

namespace SocialeKaart.Modules.Review.Decisions;

/// <summary>
/// What every review service works with: a Marten session enrolled in Wolverine's outbox, so the events of a decision
/// and the e-mails about it are committed together (or neither), from an API endpoint and from a page alike.
/// </summary>
public sealed class ReviewSession
{
    public ReviewSession(IDocumentSession session, IMartenOutbox outbox, IMessageBus bus, IFicheDetails fiches, IGeography geography, TimeProvider clock)
    {
        (Session, Outbox, Bus, Fiches, Geography, Clock) = (session, outbox, bus, fiches, geography, clock);
        outbox.Enroll(session);
    }

    public IDocumentSession Session { get; }

    /// <summary>Messages published here leave only when <see cref="SaveAsync"/> commits.</summary>
    public IMartenOutbox Outbox { get; }

    /// <summary>For in-process commands to other modules, which commit in their own transaction.</summary>
    public IMessageBus Bus { get; }

    public IFicheDetails Fiches { get; }
    public IGeography Geography { get; }
    public TimeProvider Clock { get; }
    public DateTimeOffset Now => Clock.GetUtcNow();

    public async Task<Fiche?> FicheAsync(Guid id, CancellationToken ct) => (await Fiches.GetAsync(id, Now, ct))?.Fiche;

    public Task<ReviewItem?> ItemAsync(Guid id, CancellationToken ct) => Session.LoadAsync<ReviewItem>(id, ct);

    /// <summary>Commits; a decision that lost the race with another reviewer's is reported, not half-written.</summary>
    public async Task<Microsoft.AspNetCore.Mvc.ProblemDetails?> SaveAsync(CancellationToken ct)
    {
        try
        {
            await Session.SaveChangesAsync(ct);
            return null;
        }
        catch (JasperFx.ConcurrencyException) // also the stream version check of FetchForWriting
        {
            return Problems.Conflict("Iemand anders heeft dit item net gewijzigd of beslist. Laad het opnieuw.");
        }
    }
}
