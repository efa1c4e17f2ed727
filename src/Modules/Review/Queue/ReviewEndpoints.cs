namespace SocialeKaart.Modules.Review.Queue;

/// <summary>The back office's queue and, for auditors, the full history of one review.</summary>
public static class ReviewEndpoints
{
    [WolverineGet("/api/reviews", Name = "ReviewQueue")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Queue(ReviewKind? kind, string? province, int? minDaysWaiting, int? page, ReviewQueue queue, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new InputErrors().Check(minDaysWaiting is null or (>= 0 and <= 3650), "minDaysWaiting", "Geef een aantal dagen van 0 tot 3650.")
            .Optional("province", province, 10);
        return errors.Any ? Results.Problem(errors.ToProblem()) : Results.Ok(await queue.OpenAsync(new QueueFilter(kind, province, minDaysWaiting, page ?? 1), user, ct));
    }

    [WolverineGet("/api/reviews/{id}/history", Name = "ReviewHistory")]
    [Authorize(Policy = AccessPolicies.Audit)]
    public static async Task<IResult> History(Guid id, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        if (events.Count == 0) return Results.Problem(Problems.NotFound("Er bestaat geen review met dit id."));
        return Results.Ok(events.Select(e => new { e.Version, e.Sequence, type = e.EventTypeName, at = e.Timestamp, data = e.Data }));
    }
}
