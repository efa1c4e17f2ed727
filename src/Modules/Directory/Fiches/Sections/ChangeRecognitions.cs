namespace SocialeKaart.Modules.Directory.Fiches.Sections;

public sealed record ChangeRecognitions(IReadOnlyList<Recognition>? Recognitions, string? AdministrativeInfo, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

public static class ChangeRecognitionsEndpoint
{
    public static ProblemDetails Validate(ChangeRecognitions command, Fiche? fiche) =>
        FicheCommands.Check(command, fiche, errors => errors.Optional("administrativeInfo", command.AdministrativeInfo, SectionRules.LongTextMax).CleanRecognitions("recognitions", command.Recognitions));

    [WolverinePut("/api/fiches/{ficheId}/recognitions", Name = "ChangeRecognitions")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Put(
        ChangeRecognitions command, [WriteAggregate(Required = false)] Fiche fiche, ClaimsPrincipal user, TimeProvider clock)
    {
        var recognitions = new InputErrors().CleanRecognitions("recognitions", command.Recognitions);
        return FicheCommands.Outcome(fiche, new RecognitionsChanged(fiche.Id, recognitions, SectionRules.Trim(command.AdministrativeInfo), SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));
    }
}
