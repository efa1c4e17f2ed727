using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Indexing;

/// <summary>
/// The Search module's ledger: the latest version of each fiche it has indexed, with the document itself.
/// Written in the same transaction as the message is marked handled, it decides what is stale (an older
/// or repeated message never overwrites a newer one) and lets the embedded index be caught up after a crash.
/// </summary>
public sealed class FicheSearchEntry
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public FicheSnapshot Fiche { get; set; } = null!;
    public List<string> RubriekenWithAncestors { get; set; } = [];
    public List<string> RubriekNames { get; set; } = [];
    public DateTimeOffset ChangedAt { get; set; }

    public SearchDocument ToDocument() => new(Id, Version, Fiche, RubriekenWithAncestors, RubriekNames);

    public static FicheSearchEntry Of(SearchDocument d, DateTimeOffset changedAt) => new()
    {
        Id = d.Id, Version = d.Version, Fiche = d.Fiche, RubriekenWithAncestors = [.. d.RubriekenWithAncestors], RubriekNames = [.. d.RubriekNames ?? []],
        ChangedAt = changedAt,
    };
}
