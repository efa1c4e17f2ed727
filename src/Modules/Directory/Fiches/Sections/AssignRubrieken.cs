using SocialeKaart.Modules.Directory.Classification;

namespace SocialeKaart.Modules.Directory.Fiches.Sections;

public sealed record AssignRubrieken(IReadOnlyList<string>? Codes, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

public static class AssignRubriekenEndpoint
{
    public const int MaxRubrieken = 30;

    public static async Task<ProblemDetails> ValidateAsync(AssignRubrieken command, Fiche? fiche, IQuerySession session, CancellationToken ct)
    {
        var known = await RubriekCatalog.Active(session, command.Codes, ct);
        return FicheCommands.Check(command, fiche, errors => errors
            .Check(command.Codes is not null, "codes", "Dit veld is verplicht (een lege lijst mag).")
            .CheckRubrieken("codes", command.Codes, known, MaxRubrieken));
    }

    [WolverinePut("/api/fiches/{ficheId}/rubrieken", Name = "AssignRubrieken")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Put(
        AssignRubrieken command, [WriteAggregate(Required = false)] Fiche fiche, ClaimsPrincipal user, TimeProvider clock) =>
        FicheCommands.Outcome(fiche, new RubriekenAssigned(fiche.Id, RubriekCatalog.Clean(command.Codes), SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));
}
