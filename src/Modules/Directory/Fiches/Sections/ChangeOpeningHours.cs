namespace SocialeKaart.Modules.Directory.Fiches.Sections;

public sealed record ChangeOpeningHours(IReadOnlyList<Schedule>? Schedules, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

public static class ChangeOpeningHoursEndpoint
{
    public static ProblemDetails Validate(ChangeOpeningHours command, Fiche? fiche) =>
        FicheCommands.Check(command, fiche, errors => errors.CheckSchedules("schedules", command.Schedules, fiche?.Locations.Select(l => l.Id).ToList() ?? []));

    [WolverinePut("/api/fiches/{ficheId}/opening-hours", Name = "ChangeOpeningHours")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Put(
        ChangeOpeningHours command, [WriteAggregate(Required = false)] Fiche fiche, ClaimsPrincipal user, TimeProvider clock)
    {
        var schedules = command.Schedules!.Select(ScheduleRules.Clean).ToList();
        return FicheCommands.Outcome(fiche, new OpeningHoursChanged(fiche.Id, schedules, SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));
    }
}
