using System.Globalization;
using System.Text.RegularExpressions;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Contracts.Geography;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Indexing;

/// <summary>The input rules quick and advanced search share: limits, paging, rubriek codes, "near" points and the result filters.</summary>
public static partial class SearchInput
{
    public const int MaxQuery = 200;
    public const int MaxPageSize = 100;
    public const int MaxFilterValues = 50;

    public static void CheckPaging(InputErrors errors, int? page, int? pageSize) => errors
        .Check(page is null or >= 1, "page", "De pagina begint bij 1.")
        .Check(pageSize is null or (>= 1 and <= MaxPageSize), "pageSize", $"Kies 1 tot {MaxPageSize} resultaten per pagina.")
        .Check((page ?? 1) * (pageSize ?? 20) <= Lucene.LuceneSearchEngine.MaxWindow, "page", "Zo ver kan niet gebladerd worden; verfijn de zoekopdracht.");

    /// <summary>Rubriek codes must look like codes and exist (retired ones too, so old links keep working).</summary>
    public static async Task CheckRubrieken(InputErrors errors, IReadOnlyList<string>? codes, IRubriekTree tree, CancellationToken ct, string field = "rubriek")
    {
        errors.Each(field, codes, MaxFilterValues, (code, path) => errors.Check(RubriekCode().IsMatch(code), path, $"'{code}' is geen rubriekcode."));
        if (codes is not { Count: > 0 } || errors.Any) return;
        var known = await tree.KnownAsync(codes, ct);
        foreach (var (code, i) in codes.Select((c, i) => (c, i)).Where(x => !known.Contains(x.c)))
            errors.Add($"{field}[{i}]", $"Rubriek '{code}' bestaat niet.");
    }

    /// <summary>The result filters both searches offer: where it is established, who it is for, languages spoken and cost.</summary>
    public static void CheckFilters(InputErrors errors, IGeography geography, IReadOnlyList<string>? municipalities, IReadOnlyList<string>? languages,
        IReadOnlyList<string>? targetGroups, IReadOnlyList<string>? costs)
    {
        errors.Each("municipality", municipalities, MaxFilterValues,
            (nis, path) => errors.Check(geography.Municipality(nis) is not null, path, $"Onbekende NIS-code '{nis}'."));
        errors.Each("language", languages, MaxFilterValues,
            (code, path) => errors.Check(LanguageCode().IsMatch(code), path, $"'{code}' is geen taalcode (zoals nl, fr of en)."));
        errors.Each("targetGroup", targetGroups, MaxFilterValues, (group, path) => errors.Optional(path, group, 60));
        errors.Each("cost", costs, MaxFilterValues, (cost, path) => errors.Check(
            !int.TryParse(cost, out _) && Enum.TryParse<CostKind>(cost, true, out var kind) && Enum.IsDefined(kind), path,
            $"Onbekende kostprijs '{cost}': kies free, contribution, incomeBased of paid."));
    }

    /// <summary>The engine's form of checked filters: absent when empty, costs as their index keys, "now" in Belgian time.</summary>
    public static SearchRequest WithFilters(this SearchRequest request, IReadOnlyList<string>? municipalities, bool openNow, IReadOnlyList<string>? languages,
        IReadOnlyList<string>? targetGroups, IReadOnlyList<string>? costs, DateTimeOffset now) => request with
    {
        LocatedIn = municipalities is { Count: > 0 } ? municipalities : null,
        OpenAt = openNow ? OpenNowTerms.At(BelgianTime.Of(now).DateTime) : null,
        Languages = languages is { Count: > 0 } ? languages : null,
        TargetGroups = targetGroups is { Count: > 0 } ? targetGroups : null,
        Costs = costs is { Count: > 0 } ? costs.Select(v => Enum.Parse<CostKind>(v, true).Key()).ToList() : null,
    };

    public static (double? Lat, double? Lon) ParseNear(string? near, SearchSort? sort, InputErrors errors)
    {
        errors.Check(sort != SearchSort.Distance || !string.IsNullOrWhiteSpace(near), "near", "Sorteren op afstand vraagt een punt: near=51.05,3.72.");
        if (string.IsNullOrWhiteSpace(near)) return (null, null);
        var parts = near.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) && lat is >= -90 and <= 90
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) && lon is >= -180 and <= 180)
            return (lat, lon);
        errors.Add("near", "Geef een punt als breedte,lengte in decimale graden, bv. 51.05,3.72.");
        return (null, null);
    }

    [GeneratedRegex(@"^[0-9]{2}(\.[0-9]{2}){0,3}$")]
    private static partial Regex RubriekCode();

    [GeneratedRegex(@"^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();
}
