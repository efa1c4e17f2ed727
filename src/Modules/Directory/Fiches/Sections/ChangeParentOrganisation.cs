namespace SocialeKaart.Modules.Directory.Fiches.Sections;

/// <param name="ParentId">The mother organisation, or null to make this fiche a top-level organisation.</param>
public sealed record ChangeParentOrganisation(Guid? ParentId, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

public static class ChangeParentOrganisationEndpoint
{
    // Deeper than any real hierarchy (mother organisation → regional branch → service); stops a runaway walk.
    public const int MaxDepth = 20;

    public static async Task<ProblemDetails> ValidateAsync(ChangeParentOrganisation command, Fiche? fiche, IQuerySession session, CancellationToken ct)
    {
        var problem = FicheCommands.Check(command, fiche, _ => { });
        if (fiche is null || problem.Status is not null || command.ParentId is not { } parentId) return problem;

        var errors = new InputErrors();
        if (parentId == fiche.Id) return errors.Add("parentId", "Een fiche kan niet haar eigen moederorganisatie zijn.").ToProblem();
        // Walk up from the proposed parent: meeting this fiche on the way would close a cycle.
        Guid? current = parentId;
        for (var depth = 0; current is { } id && depth < MaxDepth; depth++)
        {
            var ancestor = await session.LoadAsync<Fiche>(id, ct);
            if (ancestor is null)
                return errors.Add("parentId", depth == 0 ? "Er bestaat geen fiche met dit id." : "De keten van moederorganisaties is onvolledig.").ToProblem();
            if (ancestor.ParentId == fiche.Id)
                return errors.Add("parentId", $"{ancestor.Name} valt zelf onder deze fiche: dat zou een kring maken.").ToProblem();
            current = ancestor.ParentId;
        }
        return current is null ? WolverineContinue.NoProblems : errors.Add("parentId", $"De hiërarchie is dieper dan {MaxDepth} niveaus.").ToProblem();
    }

    [WolverinePut("/api/fiches/{ficheId}/parent", Name = "ChangeParentOrganisation")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Put(
        ChangeParentOrganisation command, [WriteAggregate(Required = false)] Fiche fiche, ClaimsPrincipal user, TimeProvider clock) =>
        FicheCommands.Outcome(fiche, new ParentOrganisationChanged(
            fiche.Id, command.ParentId, SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));
}
