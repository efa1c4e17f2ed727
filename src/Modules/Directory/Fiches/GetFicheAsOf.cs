using Microsoft.AspNetCore.Http;

namespace SocialeKaart.Modules.Directory.Fiches;

public static class GetFicheAsOfEndpoint
{
    /// <summary>
    /// The fiche as it was at a past version or moment, rebuilt from its events alone (the same evolution the live
    /// projection uses). For auditors and the back office: it can show personal data that has since changed.
    /// </summary>
    [WolverineGet("/api/fiches/{id}/as-of", Name = "GetFicheAsOf")]
    [Authorize(Policy = AccessPolicies.Audit)]
    public static async Task<IResult> Get(Guid id, long? version, DateTimeOffset? at, IQuerySession session, CancellationToken ct)
    {
        var errors = new InputErrors()
            .Check(version is null != at is null, "version", "Geef een versie of een tijdstip (at), niet allebei en niet geen van beide.")
            .Check(version is null or >= 1, "version", "Versies beginnen bij 1.");
        if (errors.Any) return Results.Problem(errors.ToProblem());

        var events = await session.Events.FetchStreamAsync(id, version ?? 0, at, token: ct);
        if (events.Count == 0)
            return Results.Problem(Problems.NotFound(at is null ? $"Er bestaat geen fiche met id {id}." : $"De fiche {id} bestond op {at:O} nog niet."));
        if (version is { } asked && events[^1].Version < asked)
            return Results.Problem(new InputErrors().Add("version", $"De fiche heeft {events[^1].Version} versies; versie {asked} bestaat (nog) niet.").ToProblem());
        Fiche? fiche = null;
        foreach (var e in events)
        {
            fiche = FicheEvolution.Apply(fiche, e.Data);
            fiche.Version = (int)e.Version;
        }
        return Results.Ok(fiche);
    }
}
