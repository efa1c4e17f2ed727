namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>What the rubriek choice (_RubriekOptions) offers: the active tree, and the code chosen, if any.</summary>
public sealed record RubriekChoice(IReadOnlyList<RubriekBranch> Domains, string? Selected);
