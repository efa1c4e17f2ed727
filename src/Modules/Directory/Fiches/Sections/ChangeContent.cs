namespace SocialeKaart.Modules.Directory.Fiches.Sections;

public sealed record ChangeContent(FicheContent? Content, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

public static class ChangeContentEndpoint
{
    public static ProblemDetails Validate(ChangeContent command, Fiche? fiche) =>
        FicheCommands.Check(command, fiche, errors => errors.CleanContent("content", command.Content));

    [WolverinePut("/api/fiches/{ficheId}/content", Name = "ChangeContent")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Put(
        ChangeContent command, [WriteAggregate(Required = false)] Fiche fiche, ClaimsPrincipal user, TimeProvider clock)
    {
        var content = new InputErrors().CleanContent("content", command.Content);
        return FicheCommands.Outcome(fiche, new ContentChanged(fiche.Id, content, SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));
    }
}
