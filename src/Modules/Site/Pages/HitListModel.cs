using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Contracts.Search;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>A page of result cards: the hits, their card details, and the number of the first one.</summary>
public sealed record HitListModel(IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<Guid, FicheSummary> Summaries, int Start);
