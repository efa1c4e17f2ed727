using System.Globalization;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Contracts.Search;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>
/// A page of result cards: the hits, their card details, the number of the first one, and the place searched for
/// (its label and the names of its municipalities), so a card can say that a fiche from elsewhere works for it too;
/// for an advanced search, the person or activity each hit was found by.
/// </summary>
public sealed record HitListModel(
    IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<Guid, FicheSummary> Summaries, int Start,
    string? PlaceLabel = null, IReadOnlySet<string>? PlaceMunicipalities = null, IReadOnlyDictionary<Guid, string>? Matched = null)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>"Werkt ook voor Gentbrugge" for a fiche established outside the place it was found for (through its working area).</summary>
    public string? WorksAlsoFor(SearchHit hit) =>
        PlaceLabel is not null && PlaceMunicipalities is { Count: > 0 } names && hit.Municipality is { } m && !names.Contains(m)
            ? $"Werkt ook voor {PlaceLabel}" : null;

    public static string? Distance(SearchHit hit) => hit.DistanceKm is { } km
        ? km < 1 ? $"{Math.Round(km * 1000 / 50) * 50:0} m" : $"{km.ToString(km < 10 ? "0.0" : "0", Dutch)} km"
        : null;
}
