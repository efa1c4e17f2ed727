namespace SocialeKaart.Modules.Review.Queue;

/// <summary>The back office's queue and, for auditors, the full history of one review.</summary>
public static class ReviewEndpoints
{
    [WolverineGet("/api/reviews", Name = "ReviewQueue")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Queue(ReviewKind? kind, string? province, int? minDaysWaiting, int? page, ReviewQueue queue, ClaimsPrincipal user, CancellationToken ct) =>
        Results.Ok(await queue.OpenAsync(new QueueFilter(kind, province, minDaysWaiting, page ?? 1), user, ct));

    [WolverineGet("/api/reviews/{id}/history", Name = "ReviewHistory")]
    [Authorize(Policy = AccessPolicies.Audit)]
    public static async Task<IResult> History(Guid id, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        if (events.Count == 0) return Results.Problem(Problems.NotFound("Er bestaat geen review met dit id."));
        return Results.Ok(events.Select(e => new { e.Version, e.Sequence, type = e.EventTypeName, at = e.Timestamp, data = e.Data }));
    }
}
