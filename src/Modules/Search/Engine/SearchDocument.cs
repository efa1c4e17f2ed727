using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Search.Engine;

/// <summary>A fiche as the search engines index it: its snapshot, the version it reflects, and its rubrieken with their ancestors.</summary>
public sealed record SearchDocument(Guid Id, long Version, FicheSnapshot Fiche, IReadOnlyList<string> RubriekenWithAncestors)
{
    public bool Findable => Fiche.Status != "defunct";
}
