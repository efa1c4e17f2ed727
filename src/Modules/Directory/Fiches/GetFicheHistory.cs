using Microsoft.AspNetCore.Http;

namespace SocialeKaart.Modules.Directory.Fiches;

/// <param name="Changes">Every field of the fiche this event changed, with its value before and after.</param>
public sealed record FicheHistoryEntry(
    long Version, long Sequence, string Type, DateTimeOffset At, Actor? By, string? Reason, string? CausationId,
    IReadOnlyList<FieldChange> Changes, object Data);

public static class GetFicheHistoryEndpoint
{
    // The history names the staff who made each change, so it is for the back office and auditors only.
    [WolverineGet("/api/fiches/{id}/history", Name = "GetFicheHistory")]
    [Authorize(Policy = AccessPolicies.Audit)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        if (events.Count == 0) return Results.Problem(Problems.NotFound($"Er bestaat geen fiche met id {id}."));

        // Replays the stream, taking the fiche apart into fields before and after each event.
        Fiche? fiche = null;
        var entries = new List<FicheHistoryEntry>(events.Count);
        foreach (var e in events)
        {
            var before = FicheFields.Flatten(fiche);
            fiche = FicheEvolution.Apply(fiche, e.Data);
            var changes = FicheFields.Diff(before, FicheFields.Flatten(fiche));
            var change = e.Data as IFicheEvent;
            entries.Add(new FicheHistoryEntry(e.Version, e.Sequence, e.EventTypeName, e.Timestamp, change?.By, change?.Reason, e.CausationId, changes, e.Data));
        }
        return Results.Ok(entries);
    }
}
