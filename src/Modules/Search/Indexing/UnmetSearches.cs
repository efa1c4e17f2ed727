using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Security;
using Wolverine.Http;

namespace SocialeKaart.Modules.Search.Indexing;

/// <summary>
/// A search that found nothing: what was asked and when, nothing about who asked (no address, no account),
/// so coordinators can see unmet demand.
/// </summary>
public sealed class ZeroResultSearch
{
    public Guid Id { get; set; }
    public string? Query { get; set; }
    public string? Waar { get; set; }
    public DateTimeOffset At { get; set; }
}

public sealed record UnmetDemand(string? Query, string? Waar, int Count, DateTimeOffset LastAt);

public static class UnmetSearchesEndpoint
{
    public const int MaxDays = 365;
    private const int MaxRows = 20_000;

    /// <summary>The searches that found nothing in the last days, most frequent first.</summary>
    [WolverineGet("/api/search/unmet", Name = "UnmetSearches")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Get(int? days, IQuerySession session, UnmetSearchRecorder recorder, TimeProvider clock, CancellationToken ct)
    {
        var errors = new InputErrors().Check(days is null or (>= 1 and <= MaxDays), "days", $"Kies 1 tot {MaxDays} dagen.");
        if (errors.Any) return Results.Problem(errors.ToProblem());
        await recorder.FlushAsync(ct); // this node's latest ones too
        var since = clock.GetUtcNow().AddDays(-(days ?? 30));
        var recent = await session.Query<ZeroResultSearch>().Where(z => z.At >= since).OrderByDescending(z => z.At).Take(MaxRows).ToListAsync(ct);
        return Results.Ok(recent.GroupBy(z => (Query: z.Query?.ToLowerInvariant(), Waar: z.Waar?.ToLowerInvariant()))
            .Select(g => new UnmetDemand(g.First().Query, g.First().Waar, g.Count(), g.Max(z => z.At)))
            .OrderByDescending(d => d.Count).ThenByDescending(d => d.LastAt).Take(200).ToList());
    }
}
