namespace SocialeKaart.Modules.Contracts;

/// <summary>Who caused a change: a stable id for audit queries and the name shown to people.</summary>
public sealed record Actor(string Id, string Name)
{
    public static readonly Actor DemoSeed = new("system:demo-seed", "Demogegevens");

    public static readonly Actor ReferenceData = new("system:reference-data", "Referentiegegevens");
}
