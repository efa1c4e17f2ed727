using System.Text.Json.Nodes;

namespace SocialeKaart.Modules.Review.Changes;

/// <param name="Fields">Each field of the unit as published now (before) and as the draft has it (after).</param>
/// <param name="Conflict">The published fiche changed this unit after the draft was started: approving it overwrites that change.</param>
/// <param name="Meanwhile">For a conflict: what changed on the published fiche since the draft began.</param>
/// <param name="TakenOver">Once approved: whether the coordinator took this unit over (null while undecided, or when withdrawn).</param>
public sealed record UnitChange(string Unit, bool Conflict, IReadOnlyList<FieldChange> Fields, IReadOnlyList<FieldChange> Meanwhile, bool? TakenOver = null);

/// <summary>What a coordinator sees: the draft against the published fiche, field by field, with conflicts marked.</summary>
public sealed record ChangeReview(Guid RequestId, Guid FicheId, string FicheName, ReviewStatus Status, Actor Author, string? Note,
    long BaseVersion, long CurrentVersion, IReadOnlyList<UnitChange> Units);

public static class ChangeDiff
{
    /// <summary>The units the draft changes relative to its base, compared with the fiche as it is published now.</summary>
    public static IReadOnlyList<UnitChange> Compare(Fiche @base, Fiche draft, Fiche current)
    {
        var (baseFields, draftFields, currentFields) = (FicheFields.Flatten(@base), FicheFields.Flatten(draft), FicheFields.Flatten(current));
        return baseFields.Keys.Union(draftFields.Keys).Select(FicheFields.UnitOf).Distinct()
            .Where(unit => !FicheFields.SameUnit(baseFields, draftFields, unit))
            .Order(StringComparer.Ordinal)
            .Select(unit =>
            {
                var conflict = !FicheFields.SameUnit(baseFields, currentFields, unit);
                return new UnitChange(unit, conflict,
                    FicheFields.Diff(Only(currentFields, unit), Only(draftFields, unit)),
                    conflict ? FicheFields.Diff(Only(baseFields, unit), Only(currentFields, unit)) : []);
            })
            .ToList();
    }

    /// <summary>
    /// A decided request as it was decided: the draft against its base, each unit taken over or not. The fiche has moved on
    /// since (by this very approval, too), so comparing with it now would call every approved unit a conflict.
    /// </summary>
    public static IReadOnlyList<UnitChange> Decided(Fiche @base, Fiche draft, IReadOnlyCollection<string>? approved) =>
        Compare(@base, draft, @base).Select(u => u with { TakenOver = approved?.Contains(u.Unit) }).ToList();

    private static Dictionary<string, JsonNode?> Only(Dictionary<string, JsonNode?> fields, string unit) =>
        FicheFields.InUnit(fields, unit).ToDictionary(StringComparer.Ordinal);
}
