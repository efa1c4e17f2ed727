namespace SocialeKaart.Modules.Search.Indexing;

/// <summary>
/// The Search module's own copy of what it needs from a fiche, kept up to date from FicheChanged messages.
/// Version is the fiche stream version it reflects: an older or repeated message never overwrites a newer one.
/// </summary>
public sealed class FicheSearchEntry
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Name { get; set; } = "";
    public string Postcode { get; set; } = "";
    public string Municipality { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
}
