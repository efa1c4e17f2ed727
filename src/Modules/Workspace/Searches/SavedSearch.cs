namespace SocialeKaart.Modules.Workspace.Searches;

/// <summary>
/// A search a professional saved under a name. Running it re-executes the query live; the fiches seen at the last run
/// are kept (ids only), so the next run can say how many are new.
/// </summary>
public sealed class SavedSearch
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public string Name { get; set; } = "";
    public SavedSearchDefinition Search { get; set; } = new(SavedSearchKind.Quick, "/zoeken", null, null);
    public DateTimeOffset SavedAt { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
    public List<Guid> SeenAtLastRun { get; set; } = [];
    public int LastTotal { get; set; }
}
