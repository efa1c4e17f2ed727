namespace SocialeKaart.Modules.Contracts.Directory;

/// <summary>The rubriek tree as other modules may read it (Directory implements it).</summary>
public interface IRubriekTree
{
    /// <summary>The codes with all their ancestors, e.g. 14.04.01 → 14.04.01, 14.04, 14. Unknown codes are left out.</summary>
    Task<IReadOnlyList<string>> WithAncestorsAsync(IEnumerable<string> codes, CancellationToken ct);

    /// <summary>Whether each code is a rubriek (retired ones included: old links must keep working).</summary>
    Task<IReadOnlySet<string>> KnownAsync(IEnumerable<string> codes, CancellationToken ct);

    /// <summary>The name of every rubriek, retired ones included, by code.</summary>
    Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken ct);

    /// <summary>The active rubrieken as a tree, for browsing and for choosing in advanced search.</summary>
    Task<IReadOnlyList<RubriekBranch>> ActiveTreeAsync(CancellationToken ct);
}

/// <summary>A rubriek with its active sub-rubrieken.</summary>
public sealed record RubriekBranch(string Code, string Name, IReadOnlyList<RubriekBranch> Children)
{
    /// <summary>Every rubriek below this one, depth first, with its depth (0 for a child): for choosing, indented.</summary>
    public IEnumerable<(RubriekBranch Rubriek, int Depth)> Below(int depth = 0) =>
        Children.SelectMany(c => c.Below(depth + 1).Prepend((c, depth)));
}

/// <summary>Every fiche as it is now, with its stream version: the source for rebuilding derived indexes.</summary>
public interface IFicheSnapshots
{
    IAsyncEnumerable<(Guid Id, long Version, FicheSnapshot Fiche)> AllAsync(CancellationToken ct);
}

/// <summary>The trefwoorden thesaurus as other modules may read it (Directory implements it).</summary>
public interface IThesaurus
{
    /// <summary>Each active trefwoord with every form that leads to it: the preferred term first, then synonyms and acronyms.</summary>
    Task<IReadOnlyList<IReadOnlyList<string>>> GroupsAsync(CancellationToken ct);
}
