using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Geography;
using Wolverine.Http;

namespace SocialeKaart.Modules.Geography.Places;

public sealed record PlaceView(PlaceKind Kind, string Code, string Name, string Label, IReadOnlyList<string> Municipalities, GeoPoint? Point)
{
    public static PlaceView From(Place p) => new(p.Ref.Kind, p.Ref.Code, p.Name, p.Label, p.NisCodes, p.Point);
}

public sealed record PlaceLookup(string Query, IReadOnlyList<PlaceView> Matches, IReadOnlyList<PlaceView> Suggestions);

public static class PlaceEndpoints
{
    public const int MaxQueryLength = 100;
    public const int MaxSuggestions = 20;

    /// <summary>Resolves "waar" input to the areas it names and the municipalities they cover.</summary>
    [WolverineGet("/api/geography/places", Name = "LookupPlaces")]
    [AllowAnonymous]
    public static IResult Lookup(string? q, Gazetteer gazetteer)
    {
        var errors = new InputErrors().Required("q", q, MaxQueryLength);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        var matches = gazetteer.Lookup(q!).Select(PlaceView.From).ToList();
        var suggestions = matches.Count > 0 ? [] : gazetteer.Suggest(q!, 10).Select(PlaceView.From).ToList();
        return Results.Ok(new PlaceLookup(q!.Trim(), matches, suggestions));
    }

    /// <summary>Suggestions while typing in the "waar" box.</summary>
    [WolverineGet("/api/geography/suggestions", Name = "SuggestPlaces")]
    [AllowAnonymous]
    public static IResult Suggest(string? q, int? limit, Gazetteer gazetteer)
    {
        var errors = new InputErrors().Optional("q", q, MaxQueryLength)
            .Check(limit is null or (>= 1 and <= MaxSuggestions), "limit", $"Kies een limiet van 1 tot {MaxSuggestions}.");
        if (errors.Any) return Results.Problem(errors.ToProblem());
        return Results.Ok(gazetteer.Suggest(q ?? "", limit ?? 10).Select(PlaceView.From).ToList());
    }

    [WolverineGet("/api/geography/municipalities", Name = "ListMunicipalities")]
    [AllowAnonymous]
    public static IEnumerable<MunicipalityInfo> Municipalities(Gazetteer gazetteer) => gazetteer.Municipalities;
}
