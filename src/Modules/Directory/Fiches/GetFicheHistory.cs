using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts;
using SocialeKaart.Modules.Contracts.Security;
using Wolverine.Http;

namespace SocialeKaart.Modules.Directory.Fiches;

public sealed record FicheHistoryEntry(
    long Version, long Sequence, string Type, DateTimeOffset At, Actor? By, string? CausationId, object Data);

public static class GetFicheHistoryEndpoint
{
    // The history names the staff who made each change, so it is for the back office and auditors only.
    [WolverineGet("/api/fiches/{id}/history", Name = "GetFicheHistory")]
    [Authorize(Policy = AccessPolicies.Audit)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        if (events.Count == 0) return Results.Problem(Problems.NotFound($"Er bestaat geen fiche met id {id}."));
        return Results.Ok(events.Select(e => new FicheHistoryEntry(
            e.Version, e.Sequence, e.EventTypeName, e.Timestamp, (e.Data as IFicheEvent)?.By, e.CausationId, e.Data)).ToList());
    }

}
