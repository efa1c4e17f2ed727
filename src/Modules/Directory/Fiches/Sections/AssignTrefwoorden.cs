using SocialeKaart.Modules.Directory.Classification;

namespace SocialeKaart.Modules.Directory.Fiches.Sections;

/// <param name="Terms">Trefwoorden as people write them; synonyms and acronyms are stored as their preferred term.</param>
public sealed record AssignTrefwoorden(IReadOnlyList<string>? Terms, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

public static class AssignTrefwoordenEndpoint
{
    public const int MaxTerms = 40;

    public static async Task<ProblemDetails> ValidateAsync(AssignTrefwoorden command, Fiche? fiche, IQuerySession session, CancellationToken ct)
    {
        var thesaurus = await session.Query<Trefwoord>().Where(t => !t.Retired).ToListAsync(ct);
        return FicheCommands.Check(command, fiche, errors => errors
            .Check(command.Terms is not null, "terms", "Dit veld is verplicht (een lege lijst mag).")
            .Each("terms", command.Terms, MaxTerms, (term, path) =>
                errors.Check(Thesaurus.Resolve(thesaurus, term) is not null, path, $"'{term}' staat niet in de thesaurus.")));
    }

    [WolverinePut("/api/fiches/{ficheId}/trefwoorden", Name = "AssignTrefwoorden")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<(FicheVersion, Events, OutgoingMessages)> Put(
        AssignTrefwoorden command, [WriteAggregate(Required = false)] Fiche fiche, IQuerySession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var thesaurus = await session.Query<Trefwoord>().Where(t => !t.Retired).ToListAsync(ct);
        var terms = command.Terms!.Select(t => Thesaurus.Resolve(thesaurus, t)!.Term).Distinct().Order(StringComparer.Ordinal).ToList();
        return FicheCommands.Outcome(fiche, new TrefwoordenAssigned(fiche.Id, terms, SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));
    }
}
