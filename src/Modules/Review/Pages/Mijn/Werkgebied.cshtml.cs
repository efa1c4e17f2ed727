using Microsoft.AspNetCore.Mvc;
using SocialeKaart.Modules.Contracts.Geography;
using SocialeKaart.Modules.Review.Changes;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>
/// The owner's working area (werkingsgebied), apart from the address: rows of how the offer relates to a place (established
/// there, visits people at home there, also serves people from there) and the place as people name it ("Gent", "9050",
/// "Provincie Limburg", an eerstelijnszone), looked up in the reference geography as the "waar" of a search is. A place
/// that is no place comes back with the places meant ("Bedoelde je Gentbrugge?").
/// </summary>
public sealed class WerkgebiedModel(ChangeRequestService changes, IGeography geography) : DraftSectionModel(changes)
{
    public override string Section => "workingArea";
    public override string Title => "Werkgebied";

    [BindProperty] public List<AreaForm> Areas { get; set; } = [];

    public sealed class AreaForm
    {
        public string? Kind { get; set; }
        public string? Place { get; set; }
        /// <summary>The place as stored (kind and code), so a shown name that is not retyped keeps its exact area.</summary>
        public string? Stored { get; set; }
    }

    public static readonly IReadOnlyList<(AreaKind Kind, string Label)> Kinds =
    [
        (AreaKind.EstablishedIn, "Gevestigd in"), (AreaKind.VisitsAtHomeIn, "Komt aan huis in"), (AreaKind.AlsoServesPeopleFrom, "Helpt ook mensen uit"),
    ];

    protected override void Show(Fiche draft) =>
        Areas = (draft.WorkingArea?.Areas ?? []).Select(a => new AreaForm
        {
            Kind = a.Kind.ToString(), Place = geography.NameOf(a.Place) ?? a.Place.Code, Stored = $"{a.Place.Kind}:{a.Place.Code}",
        }).Concat([new AreaForm(), new AreaForm()]).ToList();

    protected override object Read(Fiche draft, InputErrors errors)
    {
        var entries = new List<AreaEntry>();
        foreach (var (row, i) in Areas.Select((row, i) => (row, i)))
        {
            if (Text(row.Place) is not { } text) continue;
            var placeId = InputId($"areas[{i}].place");
            Map($"workingArea.areas[{entries.Count}].code", placeId, $"Gebied {i + 1}");
            Map($"areas[{i}].place", placeId, $"Gebied {i + 1}");
            Map($"areas[{i}].kind", InputId($"areas[{i}].kind"), $"Gebied {i + 1}, soort");
            if (!Enum.TryParse<AreaKind>(row.Kind, out var kind) || !Enum.IsDefined(kind))
            {
                errors.Add($"areas[{i}].kind", "Kies hoe jullie aanbod met dit gebied verbonden is.");
                continue;
            }
            if (PlaceOf(row, text) is { } place) entries.Add(new AreaEntry(kind, place));
            else
            {
                var meant = geography.DidYouMean(text, 3);
                errors.Add($"areas[{i}].place", meant.Count > 0
                    ? $"Deze plaats kennen we niet. Bedoelde je {string.Join(" of ", meant)}?"
                    : "Deze plaats kennen we niet: geef een gemeente, deelgemeente, postcode, provincie of eerstelijnszone.");
            }
        }
        Map("workingArea", InputId("areas[0].place"), "Werkgebied");
        return entries.Count == 0 ? null! : new WorkingArea(entries.Distinct().ToList(), []);
    }

    /// <summary>The stored place when its shown name was kept, else the place the text names.</summary>
    private PlaceRef? PlaceOf(AreaForm row, string text)
    {
        if (row.Stored?.Split(':', 2) is [var kind, var code] && Enum.TryParse<PlaceKind>(kind, out var placeKind)
            && new PlaceRef(placeKind, code) is var stored && (geography.NameOf(stored) ?? code) == text)
            return stored;
        return geography.Resolve(text)?.Place;
    }
}
