namespace SocialeKaart.Modules.Directory.Fiches.Sections;

// The life of an organisation: temporarily closed (still findable, and says so), reopened, or defunct (gone for good).
// A request that does not fit the current status is a 409, not a 400: the request itself is well-formed.

/// <param name="Until">The expected reopening date, when known.</param>
public sealed record CloseTemporarily(DateOnly? Until, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

public sealed record Reopen(string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

public sealed record MarkDefunct(string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

public static class CloseTemporarilyEndpoint
{
    public static ProblemDetails Validate(CloseTemporarily command, Fiche? fiche, TimeProvider clock)
    {
        var problem = FicheCommands.Check(command, fiche, errors => errors
            .Required("reason", command.Reason, SectionRules.ReasonMax)
            .Check(command.Until is null || command.Until >= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), "until", "De heropeningsdatum ligt in het verleden."));
        return problem.Status is null && fiche!.Status == FicheStatus.Defunct
            ? Problems.Conflict("Een opgeheven organisatie kan niet tijdelijk sluiten.")
            : problem;
    }

    [WolverinePost("/api/fiches/{ficheId}/close-temporarily", Name = "CloseTemporarily")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Post(
        CloseTemporarily command, [WriteAggregate(Required = false)] Fiche fiche, ClaimsPrincipal user, TimeProvider clock) =>
        FicheCommands.Outcome(fiche, new FicheClosedTemporarily(fiche.Id, command.Until, command.Reason!.Trim(), user.ToActor(), clock.GetUtcNow()));
}

public static class ReopenEndpoint
{
    public static ProblemDetails Validate(Reopen command, Fiche? fiche)
    {
        var problem = FicheCommands.Check(command, fiche, _ => { });
        return problem.Status is null && fiche!.Status == FicheStatus.Active ? Problems.Conflict("De fiche is niet gesloten.") : problem;
    }

    [WolverinePost("/api/fiches/{ficheId}/reopen", Name = "Reopen")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Post(
        Reopen command, [WriteAggregate(Required = false)] Fiche fiche, ClaimsPrincipal user, TimeProvider clock) =>
        FicheCommands.Outcome(fiche, new FicheReopened(fiche.Id, SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));
}

public static class MarkDefunctEndpoint
{
    public static ProblemDetails Validate(MarkDefunct command, Fiche? fiche)
    {
        var problem = FicheCommands.Check(command, fiche, errors => errors.Required("reason", command.Reason, SectionRules.ReasonMax));
        return problem.Status is null && fiche!.Status == FicheStatus.Defunct ? Problems.Conflict("De organisatie is al opgeheven.") : problem;
    }

    [WolverinePost("/api/fiches/{ficheId}/mark-defunct", Name = "MarkDefunct")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Post(
        MarkDefunct command, [WriteAggregate(Required = false)] Fiche fiche, ClaimsPrincipal user, TimeProvider clock) =>
        FicheCommands.Outcome(fiche, new FicheMarkedDefunct(fiche.Id, command.Reason!.Trim(), user.ToActor(), clock.GetUtcNow()));
}
