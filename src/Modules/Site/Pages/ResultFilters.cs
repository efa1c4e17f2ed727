using Microsoft.AspNetCore.Http;
using SocialeKaart.Modules.Contracts.Search;
using SocialeKaart.Modules.Site.Texts;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>
/// The filters beside a list of results, as the address holds them (?open=1&amp;gemeente=44021&amp;rubriek=…&amp;doelgroep=…
/// &amp;taal=fr&amp;kosten=free): read, shown as checkboxes with their counts, and listed as removable chips. Quick and advanced
/// search share them; advanced search names its rubriek filter differently (<see cref="RubriekKey"/>), because its criteria
/// already use "rubriek".
/// </summary>
public sealed record ResultFilters(string RubriekKey, bool Open, IReadOnlyList<string> Gemeente, IReadOnlyList<string> Rubriek,
    IReadOnlyList<string> Taal, IReadOnlyList<string> Doelgroep, IReadOnlyList<string> Kosten)
{
    public const int ShownFacetValues = 15;
    public const string OpenKey = "open", MunicipalityKey = "gemeente", LanguageKey = "taal", TargetGroupKey = "doelgroep", CostKey = "kosten";

    public static ResultFilters From(IQueryCollection query, string rubriekKey = "rubriek") =>
        new(rubriekKey, query[OpenKey] == "1", Clean(query[MunicipalityKey]), Clean(query[rubriekKey]), Clean(query[LanguageKey]),
            Clean(query[TargetGroupKey]), Clean(query[CostKey]));

    public bool Any => Open || Gemeente.Count > 0 || Rubriek.Count > 0 || Taal.Count > 0 || Doelgroep.Count > 0 || Kosten.Count > 0;

    /// <summary>Whether a query parameter is one of these filters (so a page can keep the rest of its address apart).</summary>
    public bool IsFilterKey(string key) => key == RubriekKey || key is OpenKey or MunicipalityKey or LanguageKey or TargetGroupKey or CostKey;

    /// <summary>The chosen filters as the page's query parameters.</summary>
    public IEnumerable<KeyValuePair<string, string?>> PageParts() => Parts(OpenKey, "1", MunicipalityKey, RubriekKey, TargetGroupKey, LanguageKey, CostKey);

    /// <summary>The chosen filters as the API's query parameters (quick search's rubriek, or advanced search's inRubriek).</summary>
    public IEnumerable<KeyValuePair<string, string?>> ApiParts(string rubriekKey) =>
        Parts("openNow", "true", "municipality", rubriekKey, "targetGroup", "language", "cost");

    private IEnumerable<KeyValuePair<string, string?>> Parts(string open, string yes, string municipality, string rubriek, string group, string language, string cost)
    {
        IEnumerable<KeyValuePair<string, string?>> Of(string key, IEnumerable<string> values) => values.Select(v => new KeyValuePair<string, string?>(key, v));
        return (Open ? [new KeyValuePair<string, string?>(open, yes)] : Array.Empty<KeyValuePair<string, string?>>())
            .Concat(Of(municipality, Gemeente)).Concat(Of(rubriek, Rubriek)).Concat(Of(group, Doelgroep)).Concat(Of(language, Taal)).Concat(Of(cost, Kosten));
    }

    /// <summary>Each chosen filter in words, with the parameter that removes it: "Nu open", "Gemeente Gent", "Taal: Frans".</summary>
    public IEnumerable<(string Label, string Key, string Value)> Chosen(Func<string, string> municipalityName, Func<string, string> rubriekName) =>
        (Open ? [(SiteTexts.OpenNow, OpenKey, "1")] : Array.Empty<(string, string, string)>())
            .Concat(Gemeente.Select(g => ($"{SiteTexts.FilterMunicipality} {municipalityName(g)}", MunicipalityKey, g)))
            .Concat(Rubriek.Select(r => (rubriekName(r), RubriekKey, r)))
            .Concat(Doelgroep.Select(d => ($"{SiteTexts.FilterTargetGroup}: {SiteTexts.TargetGroupName(d)}", TargetGroupKey, d)))
            .Concat(Taal.Select(t => ($"{SiteTexts.FilterLanguage}: {SiteTexts.LanguageName(t)}", LanguageKey, t)))
            .Concat(Kosten.Select(k => ($"{SiteTexts.FilterCost}: {SiteTexts.CostName(k)}", CostKey, k)));

    /// <summary>
    /// The filters beside the results, in this order: where it is established and its rubriek always (a chosen value
    /// stays, to be unticked); who it is for, what it costs and the languages spoken when the results have any.
    /// </summary>
    public IEnumerable<FacetFilter> Facets(IReadOnlyList<FacetValue> municipalities, IReadOnlyList<FacetValue> rubrieken, IReadOnlyList<FacetValue> targetGroups,
        IReadOnlyList<FacetValue> costs, IReadOnlyList<FacetValue> languages, Func<string, string> municipalityName, Func<string, string> rubriekName)
    {
        yield return new(SiteTexts.FilterMunicipality, MunicipalityKey, Shown(municipalities, Gemeente).ToList(), Gemeente, municipalityName);
        yield return new(SiteTexts.FilterRubriek, RubriekKey, Shown(rubrieken, Rubriek).ToList(), Rubriek, rubriekName);
        var optional = new FacetFilter[]
        {
            new(SiteTexts.FilterTargetGroup, TargetGroupKey, Shown(targetGroups, Doelgroep).ToList(), Doelgroep, SiteTexts.TargetGroupName),
            new(SiteTexts.FilterCost, CostKey, Shown(costs, Kosten).ToList(), Kosten, SiteTexts.CostName),
            new(SiteTexts.FilterLanguage, LanguageKey, Shown(languages, Taal).ToList(), Taal, SiteTexts.LanguageName),
        };
        foreach (var filter in optional.Where(f => f.Values.Count > 0)) yield return filter;
    }

    /// <summary>The facet values shown: the most frequent ones, plus any chosen value that is not among them (count 0), so it can be unticked.</summary>
    public static IEnumerable<FacetValue> Shown(IReadOnlyList<FacetValue> facet, IReadOnlyList<string> chosen)
    {
        var top = facet.Take(ShownFacetValues).ToList();
        return top.Concat(chosen.Where(c => top.All(f => f.Value != c)).Select(c => new FacetValue(c, 0)));
    }

    public static IReadOnlyList<string> Clean(IEnumerable<string?>? values) =>
        values is null ? [] : values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).Take(50).ToList();
}

/// <summary>
/// The filter panel beside results: the form (to <see cref="Action"/>, carrying <see cref="Kept"/> along), the facets, and
/// the link that removes every filter.
/// </summary>
public sealed record ResultFiltersPanel(string Action, IEnumerable<KeyValuePair<string, string>> Kept, ResultFilters Chosen,
    IEnumerable<FacetFilter> Facets, string ClearHref);
