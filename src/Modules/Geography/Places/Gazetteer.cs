using System.Text.RegularExpressions;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Geography;

namespace SocialeKaart.Modules.Geography.Places;

/// <summary>Every nameable area of Flanders and Brussels, in memory, answering "waar" input and area questions.</summary>
public sealed partial class Gazetteer(
    IReadOnlyList<Place> places,
    IReadOnlyDictionary<string, MunicipalityInfo> municipalities,
    IReadOnlyDictionary<string, IReadOnlyList<string>> postcodeLocalities) : IGeography
{
    private readonly Dictionary<PlaceRef, Place> _byRef = places.ToDictionary(p => p.Ref);
    private readonly ILookup<string, Place> _byKey = places.SelectMany(p => p.Keys.Select(k => (k, p))).ToLookup(x => x.k, x => x.p);

    public IReadOnlyList<Place> Places => places;

    // The geography never changes while running: each kind's list is sorted once, not on every page that shows it.
    private readonly Dictionary<PlaceKind, IReadOnlyList<(string Code, string Name)>> _areas = places.GroupBy(p => p.Ref.Kind).ToDictionary(
        g => g.Key,
        g => (IReadOnlyList<(string Code, string Name)>)g.Select(p => (p.Ref.Code, p.Name)).DistinctBy(p => p.Code)
            .OrderBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-BE"), ignoreCase: true)).ToList());

    public IReadOnlyList<(string Code, string Name)> AreasOf(PlaceKind kind) => _areas.GetValueOrDefault(kind) ?? [];

    private readonly ILookup<string, string> _postcodesByMunicipality = places
        .Where(p => p.Ref.Kind == PlaceKind.Postcode).ToLookup(p => p.NisCodes[0], p => p.Ref.Code);

    public IReadOnlyList<MunicipalityInfo> AllMunicipalities { get; } = municipalities.Values.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();

    public IEnumerable<MunicipalityInfo> Municipalities => AllMunicipalities;

    public IReadOnlyList<string> PostcodesOf(string nisCode) => _postcodesByMunicipality[nisCode].Order(StringComparer.Ordinal).ToList();

    /// <summary>The places that answer exactly to the input, best first. "9050 Gentbrugge" is read as its postcode.</summary>
    public IReadOnlyList<Place> Lookup(string input)
    {
        var postcode = LeadingPostcode().Match(input.Trim());
        if (postcode.Success)
            return _byRef.TryGetValue(new PlaceRef(PlaceKind.Postcode, postcode.Groups[1].Value), out var p) ? [p] : [];
        return _byKey[PlaceNames.Normalize(input)].Distinct().OrderBy(p => p.Rank).ThenByDescending(p => p.Weight).ThenBy(p => p.Label, StringComparer.Ordinal).ToList();
    }

    /// <summary>Places whose name, or a word in it, starts with the input: exact names first, then whole-name prefixes.</summary>
    public IReadOnlyList<Place> Suggest(string input, int limit)
    {
        var key = PlaceNames.Normalize(input);
        if (key.Length == 0) return [];
        return places
            .Select(p => (place: p, score: Score(p, key)))
            .Where(x => x.score < int.MaxValue)
            .OrderBy(x => x.score).ThenBy(x => x.place.Rank).ThenByDescending(x => x.place.Weight).ThenBy(x => x.place.Name.Length).ThenBy(x => x.place.Label, StringComparer.Ordinal)
            .Take(limit)
            .Select(x => x.place)
            .ToList();
    }

    private static int Score(Place place, string key)
    {
        var best = int.MaxValue;
        foreach (var k in place.Keys)
        {
            if (k == key) return 0;
            if (k.StartsWith(key, StringComparison.Ordinal)) best = Math.Min(best, 1);
            else if (k.Contains(' ' + key, StringComparison.Ordinal)) best = Math.Min(best, 2);
        }
        return best;
    }

    public MunicipalityInfo? Municipality(string nisCode) => municipalities.GetValueOrDefault(nisCode);

    public MunicipalityInfo? MunicipalityOfPostcode(string postcode) =>
        _byRef.TryGetValue(new PlaceRef(PlaceKind.Postcode, postcode), out var p) ? municipalities[p.NisCodes[0]] : null;

    public GeoPoint? PointOfPostcode(string postcode) => _byRef.GetValueOrDefault(new PlaceRef(PlaceKind.Postcode, postcode))?.Point;

    public IReadOnlyList<string> LocalitiesOfPostcode(string postcode) => postcodeLocalities.GetValueOrDefault(postcode) ?? [];

    public IReadOnlyList<string> MunicipalitiesCovered(PlaceRef place) => _byRef.GetValueOrDefault(place)?.NisCodes ?? [];

    public PlaceMatch? Resolve(string input) =>
        Lookup(input).FirstOrDefault() is { } best ? new PlaceMatch(best.Ref, best.Label, best.NisCodes, best.Name, best.Point) : null;

    /// <summary>Place names within two edits of the input (one for short inputs), closest and most important first.</summary>
    public IReadOnlyList<string> DidYouMean(string input, int limit)
    {
        var key = PlaceNames.Normalize(input);
        if (key.Length < 3) return [];
        var most = key.Length >= 8 ? 2 : 1;
        return places
            .Select(p => (place: p, distance: p.Keys.Min(k => Math.Abs(k.Length - key.Length) > most ? int.MaxValue : Edits.Distance(k, key, most))))
            .Where(x => x.distance <= most)
            .OrderBy(x => x.distance).ThenBy(x => x.place.Rank).ThenByDescending(x => x.place.Weight).ThenBy(x => x.place.Label, StringComparer.Ordinal)
            .Select(x => x.place.Name).Distinct().Take(limit).ToList();
    }

    public string? NameOf(PlaceRef place) => _byRef.GetValueOrDefault(place)?.Label;

    public Place? Find(PlaceRef place) => _byRef.GetValueOrDefault(place);

    [GeneratedRegex(@"^([1-9][0-9]{3})(?:\s.*)?$")]
    private static partial Regex LeadingPostcode();
}
