using Wolverine.Persistence;

namespace SocialeKaart.Modules.Directory.Fiches;

public static class GetOpeningStatusEndpoint
{
    /// <param name="at">The moment to answer for (ISO 8601); now when absent.</param>
    /// <param name="kind">openingHours (default), consultationHours or telephoneHours.</param>
    [WolverineGet("/api/fiches/{id}/open-now", Name = "GetOpeningStatus")]
    [AllowAnonymous]
    public static OpeningStatus Get(
        [Entity(MissingMessage = "Er bestaat geen fiche met dit id.")] Fiche fiche, DateTimeOffset? at, ScheduleKind? kind, TimeProvider clock) =>
        OpeningHours.At(fiche, at ?? clock.GetUtcNow(), kind ?? ScheduleKind.OpeningHours);
}
