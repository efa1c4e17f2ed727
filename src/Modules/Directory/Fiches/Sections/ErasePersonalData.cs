using Microsoft.AspNetCore.Http;

namespace SocialeKaart.Modules.Directory.Fiches.Sections;

public sealed record ErasePersonalData(string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion);

/// <summary>
/// Erases the names and contact details of a fiche's persons and care providers, also from its history:
/// the events that held them are masked in the event store, then PersonalDataErased records that it happened.
/// </summary>
public static class ErasePersonalDataEndpoint
{
    [WolverinePost("/api/fiches/{ficheId}/erase-personal-data", Name = "ErasePersonalData")]
    [Authorize(Policy = AccessPolicies.Administration)]
    public static async Task<IResult> Post(
        Guid ficheId, ErasePersonalData command, IDocumentSession session, IDocumentStore store, IMessageBus bus, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var fiche = await session.LoadAsync<Fiche>(ficheId, ct);
        if (fiche is null) return Results.Problem(Problems.NotFound("Er bestaat geen fiche met dit id."));
        var errors = new InputErrors().Required("reason", command.Reason, SectionRules.ReasonMax)
            .RequireVersion(command.ExpectedVersion);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        if (command.ExpectedVersion != fiche.Version) return Results.Problem(Problems.StaleVersion(command.ExpectedVersion!.Value, fiche.Version));

        // Masking rewrites the stored events in place (its own transaction). Should the append below fail,
        // the history is already clean and repeating the request finishes the job.
        await store.Advanced.ApplyEventDataMasking(masking => masking.IncludeStream(ficheId), ct);
        var erased = new PersonalDataErased(ficheId, command.Reason!.Trim(), user.ToActor(), clock.GetUtcNow());
        session.Events.Append(ficheId, fiche.Version + 1, erased);
        // Other modules must drop the names too: search (the new state), review (the copies its change requests hold).
        await bus.PublishAsync(FicheEvolution.Apply(FicheFields.Clone(fiche), erased).ToFicheChanged(fiche.Version + 1, erased.At));
        await bus.PublishAsync(new FichePersonalDataErased(ficheId, erased.At));
        return Results.Ok(new FicheVersion(ficheId, fiche.Version + 1));
    }
}
