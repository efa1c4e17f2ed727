using System.Text.RegularExpressions;
using SocialeKaart.Modules.Directory.Fiches;

namespace SocialeKaart.Modules.Directory.Validation;

public sealed record AddressInput(string? Street, string? Number, string? Box, string? Postcode, string? Municipality);

public sealed record AreaInput(AreaKind? Kind, PlaceKind? PlaceKind, string? Code);

public sealed record WorkingAreaInput(IReadOnlyList<AreaInput>? Areas);

/// <summary>Resolves addresses and working areas against the reference geography, reporting what does not exist.</summary>
public static partial class PlaceRules
{
    public const int StreetMax = 150;
    public const int NumberMax = 10;
    public const int LocalityMax = 100;
    public const int MaxAreas = 400;

    // Belgium's bounding box, with a little margin: a point outside it is a typo (swapped or missing digits).
    public static bool InBelgium(GeoPoint p) => p.Lat is >= 49.4 and <= 51.6 && p.Lon is >= 2.4 and <= 6.5;

    public static Address? ResolveAddress(this InputErrors errors, string field, AddressInput? input, IGeography geography)
    {
        if (input is null) { errors.Add(field, "Dit veld is verplicht."); return null; }
        var before = errors.Count;
        errors.Required($"{field}.street", input.Street, StreetMax)
            .Required($"{field}.number", input.Number, NumberMax)
            .Optional($"{field}.box", input.Box, NumberMax)
            .Required($"{field}.municipality", input.Municipality, LocalityMax)
            .Required($"{field}.postcode", input.Postcode, 4);
        var postcode = input.Postcode?.Trim() ?? "";
        if (postcode.Length > 0 && !BelgianPostcode().IsMatch(postcode))
            errors.Add($"{field}.postcode", "Een Belgische postcode heeft vier cijfers (1000-9999).");
        if (errors.Count > before) return null;

        var municipality = geography.MunicipalityOfPostcode(postcode);
        if (municipality is null)
        {
            errors.Add($"{field}.postcode", $"Postcode {postcode} bestaat niet in Vlaanderen of Brussel.");
            return null;
        }
        var localities = geography.LocalitiesOfPostcode(postcode);
        var given = Fold(input.Municipality!);
        var locality = localities.FirstOrDefault(l => Fold(l) == given);
        if (locality is null)
        {
            errors.Add($"{field}.municipality",
                $"{input.Municipality!.Trim()} hoort niet bij postcode {postcode}; verwacht: {string.Join(", ", localities)}.");
            return null;
        }
        return new Address(input.Street!.Trim(), input.Number!.Trim(), Blank(input.Box), postcode, locality,
            municipality.NisCode, municipality.Name);
    }

    public static GeoPoint? CheckPoint(this InputErrors errors, string field, GeoPoint? point)
    {
        if (point is null) return null;
        if (!InBelgium(point)) errors.Add(field, "Dit punt ligt niet in België (breedte 49,4-51,6, lengte 2,4-6,5).");
        return point;
    }

    public static WorkingArea? ResolveWorkingArea(this InputErrors errors, string field, WorkingAreaInput? input, IGeography geography)
    {
        if (input?.Areas is null || input.Areas.Count == 0) return null;
        var entries = new List<AreaEntry>();
        errors.Each($"{field}.areas", input.Areas, MaxAreas, (area, path) =>
        {
            if (area.Kind is null) errors.Add($"{path}.kind", "Kies establishedIn, visitsAtHomeIn of alsoServesPeopleFrom.");
            if (area.PlaceKind is null) errors.Add($"{path}.placeKind", "Zeg welk soort gebied dit is (municipality, deelgemeente, province, ...).");
            if (string.IsNullOrWhiteSpace(area.Code)) errors.Add($"{path}.code", "Dit veld is verplicht.");
            if (area.Kind is null || area.PlaceKind is null || string.IsNullOrWhiteSpace(area.Code)) return;
            var place = new PlaceRef(area.PlaceKind.Value, area.Code.Trim());
            if (geography.NameOf(place) is null)
                errors.Add($"{path}.code", $"Er bestaat geen {area.PlaceKind} met code {area.Code.Trim()}.");
            else entries.Add(new AreaEntry(area.Kind.Value, place));
        });
        var nis = entries.SelectMany(e => geography.MunicipalitiesCovered(e.Place)).Distinct().Order(StringComparer.Ordinal).ToList();
        return new WorkingArea(entries.Distinct().ToList(), nis);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Locality names compare without accents, case, spaces or hyphens ("Sint-Amandsberg" = "sint amandsberg").
    private static string Fold(string name) => string.Concat(TextFolding.Fold(name).Where(char.IsLetterOrDigit));

    [GeneratedRegex("^[1-9][0-9]{3}$")]
    private static partial Regex BelgianPostcode();
}
