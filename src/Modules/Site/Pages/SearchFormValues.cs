namespace SocialeKaart.Modules.Site.Pages;

/// <summary>What the search form shows filled in.</summary>
public sealed record SearchFormValues(string? Q, string? Waar);
