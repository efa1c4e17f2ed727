using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Typesense;

/// <summary>
/// The production engine for several nodes: a Typesense collection behind the alias "fiches". A rebuild imports
/// into a new collection and then points the alias at it, so searches never see a half-built index.
/// </summary>
public sealed class TypesenseSearchEngine(TypesenseClient client, TimeProvider clock) : ISearchEngine
{
    private const int ImportBatch = 1000;
    private const int MaxPointPages = 40;
    private readonly SemaphoreSlim _ensure = new(1, 1);
    private bool _ready;
    private string? _synonymsPushed;

    public async Task UpsertAsync(SearchDocument document, CancellationToken ct)
    {
        await EnsureCollectionAsync(ct);
        if (document.Findable) await client.UpsertAsync(TypesenseSchema.Alias, ToTypesense(document), ct);
        else await client.DeleteAsync(TypesenseSchema.Alias, document.Id.ToString(), ct);
    }

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        await EnsureCollectionAsync(ct);
        await PushSynonymsAsync(request.Synonyms, ct);
        var parameters = TypesenseQuery.For(request);
        parameters["page"] = request.Page.ToString(CultureInfo.InvariantCulture);
        parameters["per_page"] = request.PageSize.ToString(CultureInfo.InvariantCulture);
        parameters["facet_by"] = $"{TypesenseSchema.MunicipalityFacet},{TypesenseSchema.RubriekFacet},{TypesenseSchema.Language},{TypesenseSchema.TargetGroup},{TypesenseSchema.Cost}";
        parameters["max_facet_values"] = "400";
        var result = await client.SearchAsync(TypesenseSchema.Alias, parameters, ct);
        var hits = result.GetProperty("hits").EnumerateArray().Select(h => ToHit(h.GetProperty("document"), h)).ToList();
        var points = request.IncludePoints ? await PointsAsync(request, ct) : null;
        return new SearchResults(result.GetProperty("found").GetInt32(), hits, Facet(result, TypesenseSchema.MunicipalityFacet), Facet(result, TypesenseSchema.RubriekFacet), points,
            LanguageFacet: Facet(result, TypesenseSchema.Language), TargetGroupFacet: Facet(result, TypesenseSchema.TargetGroup),
            CostFacet: Facet(result, TypesenseSchema.Cost));
    }

    public async Task<IReadOnlyList<string>> SuggestNamesAsync(string prefix, int limit, CancellationToken ct)
    {
        await EnsureCollectionAsync(ct);
        var result = await client.SearchAsync(TypesenseSchema.Alias, new Dictionary<string, string>
        {
            ["q"] = prefix, ["query_by"] = TypesenseSchema.Name, ["prefix"] = "true", ["num_typos"] = "0",
            ["filter_by"] = TypesenseFilter.IsNot(TypesenseSchema.Status, "defunct"), ["per_page"] = limit.ToString(CultureInfo.InvariantCulture),
            ["include_fields"] = TypesenseSchema.Name,
        }, ct);
        return result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("document").GetProperty(TypesenseSchema.Name)[0].GetString()!).Distinct().ToList();
    }

    public async Task RebuildAsync(IAsyncEnumerable<SearchDocument> documents, CancellationToken ct)
    {
        var previous = await client.AliasTargetAsync(TypesenseSchema.Alias, ct);
        var fresh = $"fiches_{clock.GetUtcNow():yyyyMMddHHmmssfff}";
        await client.CreateCollectionAsync(fresh, ct);
        var batch = new List<object>(ImportBatch);
        await foreach (var document in documents.WithCancellation(ct))
        {
            if (document.Findable) batch.Add(ToTypesense(document));
            if (batch.Count == ImportBatch) { await client.ImportAsync(fresh, batch, ct); batch.Clear(); }
        }
        if (batch.Count > 0) await client.ImportAsync(fresh, batch, ct);
        await client.PointAliasAsync(TypesenseSchema.Alias, fresh, ct);
        _ready = true;
        if (previous is not null && previous != fresh) await client.DropCollectionAsync(previous, ct);
    }

    public async Task<int> CountAsync(CancellationToken ct)
    {
        await EnsureCollectionAsync(ct);
        return await client.CountAsync(TypesenseSchema.Alias, ct);
    }

    public async Task<IReadOnlyDictionary<Guid, long>> VersionsAsync(CancellationToken ct)
    {
        await EnsureCollectionAsync(ct);
        var rows = await client.ExportAsync(TypesenseSchema.Alias, $"{TypesenseSchema.Id},{TypesenseSchema.Version}", ct);
        return rows.ToDictionary(r => Guid.Parse(r.GetProperty(TypesenseSchema.Id).GetString()!), r => r.GetProperty(TypesenseSchema.Version).GetInt64());
    }

    private async Task<IReadOnlyList<MapPoint>> PointsAsync(SearchRequest request, CancellationToken ct)
    {
        var points = new List<MapPoint>();
        for (var page = 1; page <= MaxPointPages; page++)
        {
            var parameters = TypesenseQuery.For(request);
            parameters["page"] = page.ToString(CultureInfo.InvariantCulture);
            parameters["per_page"] = "250";
            parameters["include_fields"] = $"{TypesenseSchema.Id},{TypesenseSchema.Name},{TypesenseSchema.Location}";
            var result = await client.SearchAsync(TypesenseSchema.Alias, parameters, ct);
            var hits = result.GetProperty("hits").EnumerateArray().ToList();
            foreach (var document in hits.Select(h => h.GetProperty("document")))
                if (document.TryGetProperty(TypesenseSchema.Location, out var location))
                    points.Add(new MapPoint(Guid.Parse(document.GetProperty(TypesenseSchema.Id).GetString()!), document.GetProperty(TypesenseSchema.Name)[0].GetString()!,
                        location[0].GetDouble(), location[1].GetDouble()));
            if (hits.Count < 250) break;
        }
        return points;
    }

    /// <summary>
    /// The thesaurus travels with each request (the embedded engine expands it at query time); Typesense keeps it
    /// as a synonym set, replaced whenever the groups differ from those last pushed by this process.
    /// </summary>
    private async Task PushSynonymsAsync(IReadOnlyList<IReadOnlyList<string>>? groups, CancellationToken ct)
    {
        if (groups is null) return;
        var fingerprint = string.Join('\n', groups.Select(g => string.Join('|', g)));
        if (fingerprint == Volatile.Read(ref _synonymsPushed)) return;
        await client.PutSynonymSetAsync(TypesenseSchema.SynonymSet, groups, ct);
        Volatile.Write(ref _synonymsPushed, fingerprint);
    }

    private async Task EnsureCollectionAsync(CancellationToken ct)
    {
        if (_ready) return;
        await _ensure.WaitAsync(ct);
        try
        {
            if (_ready) return;
            if (await client.AliasTargetAsync(TypesenseSchema.Alias, ct) is null)
            {
                var first = $"fiches_{clock.GetUtcNow():yyyyMMddHHmmssfff}";
                await client.CreateCollectionAsync(first, ct);
                await client.PointAliasAsync(TypesenseSchema.Alias, first, ct);
            }
            _ready = true;
        }
        finally { _ensure.Release(); }
    }

    public static Dictionary<string, object> ToTypesense(SearchDocument d)
    {
        var f = d.Fiche;
        var first = f.Locations.FirstOrDefault();
        var document = new Dictionary<string, object>
        {
            [TypesenseSchema.Id] = d.Id.ToString(),
            [TypesenseSchema.Version] = d.Version,
            [TypesenseSchema.Name] = new[] { f.Name, f.ShortName }.Concat(f.OtherNames).OfType<string>().ToList(),
            [TypesenseSchema.NameSort] = TextFolding.DutchSortKey(f.Name),
            [TypesenseSchema.People] = f.PersonNames.Concat(f.Activities.Select(a => a.Name)).ToList(),
            [TypesenseSchema.Person] = f.PersonNames.ToList(),
            [TypesenseSchema.Activity] = f.Activities.SelectMany(a => new[] { a.Name, a.Description }.OfType<string>()).ToList(),
            [TypesenseSchema.Text] = SearchText.Of(d),
            [TypesenseSchema.Operation] = f.GeneralOperation ?? "",
            [TypesenseSchema.Tasks] = f.Tasks ?? "",
            [TypesenseSchema.TrefwoordText] = f.Trefwoorden.ToList(),
            [TypesenseSchema.Street] = f.Locations.Select(l => l.Street).Distinct().ToList(),
            [TypesenseSchema.Status] = f.Status,
            [TypesenseSchema.IsParent] = f.ParentId is null,
            [TypesenseSchema.Area] = f.WorkingAreaNis.ToList(),
            [TypesenseSchema.Rubriek] = d.RubriekenWithAncestors.ToList(),
            [TypesenseSchema.Trefwoorden] = f.Trefwoorden.ToList(),
            [TypesenseSchema.MunicipalityFacet] = f.Locations.Select(l => l.MunicipalityNis).Distinct().ToList(),
            [TypesenseSchema.RubriekFacet] = f.Rubrieken.Distinct().ToList(),
            [TypesenseSchema.Postcode] = first?.Postcode ?? "9999",
            [TypesenseSchema.LocalitySort] = TextFolding.DutchSortKey(first?.MunicipalityName ?? "zzz"),
            [TypesenseSchema.LocatedPlace] = Lucene.DocumentMapper.PlaceKeys(f.Locations).ToList(),
            [TypesenseSchema.Language] = (f.Languages ?? []).Distinct().ToList(),
            [TypesenseSchema.TargetGroup] = f.TargetGroups.Distinct().ToList(),
            [TypesenseSchema.Open] = OpenNowTerms.Of(f.Hours).Distinct().ToList(),
            [TypesenseSchema.Cost] = f.Cost is null ? new List<string>() : [f.Cost],
            ["display"] = JsonSerializer.Serialize(new { f.Name, f.Status, first?.Postcode, first?.Locality, Municipality = first?.MunicipalityName }),
        };
        if (first is not null) document[TypesenseSchema.Location] = new[] { first.Lat, first.Lon };
        return document;
    }

    private static SearchHit ToHit(JsonElement document, JsonElement hit)
    {
        var display = JsonSerializer.Deserialize<JsonElement>(document.GetProperty("display").GetString()!);
        double? lat = null, lon = null;
        if (document.TryGetProperty(TypesenseSchema.Location, out var location)) (lat, lon) = (location[0].GetDouble(), location[1].GetDouble());
        double? distance = hit.TryGetProperty("geo_distance_meters", out var meters) && meters.TryGetProperty(TypesenseSchema.Location, out var m) ? m.GetDouble() / 1000 : null;
        string? Text(string name) => display.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return new SearchHit(Guid.Parse(document.GetProperty(TypesenseSchema.Id).GetString()!), Text("Name")!, Text("Status")!, Text("Postcode"),
            Text("Locality"), Text("Municipality"), lat, lon, distance is null ? null : Math.Round(distance.Value, 2));
    }

    private static IReadOnlyList<FacetValue> Facet(JsonElement result, string field) =>
        result.GetProperty("facet_counts").EnumerateArray().Where(f => f.GetProperty("field_name").GetString() == field)
            .SelectMany(f => f.GetProperty("counts").EnumerateArray())
            .Select(c => new FacetValue(c.GetProperty("value").GetString()!, c.GetProperty("count").GetInt32()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
}
