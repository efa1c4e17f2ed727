using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Accounts;
using SocialeKaart.Modules.Contracts.Workspace;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Contracts.Geography;
using SocialeKaart.Modules.Contracts.Search;
using SocialeKaart.Modules.Site.Texts;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>
/// Results of a quick search. The whole search lives in the URL (q, waar, the filters of <see cref="ResultFilters"/>, sorteer,
/// pagina), so it can be shared and bookmarked; filters and sorting are plain forms, so everything works without JavaScript.
/// </summary>
public sealed class ZoekenModel(
    IQuickSearch search, IRubriekTree rubrieken, IGeography geography, IFicheDetails fiches, IWorkspace workspace, TimeProvider clock, IConfiguration configuration)
    : PageModel
{
    public const int PageSize = 20;
    public const int MaxPage = PagerModel.MaxPage;
    public string? Q { get; private set; }
    public string? Waar { get; private set; }
    /// <summary>"Nu open", gemeente, rubriek, doelgroep, taal, kosten: what narrows the results, from the address.</summary>
    public ResultFilters Filter { get; private set; } = ResultFilters.From(QueryCollection.Empty);
    public string Sorteer { get; private set; } = "relevantie";
    public int Pagina { get; private set; } = 1;
    public bool ShowMap { get; private set; }
    public string? TileUrl => configuration["Site:Map:TileUrl"];
    public string? TileAttribution => configuration["Site:Map:Attribution"];
    public SearchResponse? Result { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyDictionary<string, string> RubriekNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<Guid, FicheSummary> Summaries { get; private set; } = new Dictionary<Guid, FicheSummary>();
    public int Pages => Result is null ? 0 : PagerModel.PagesFor(Result.Total, PageSize);

    /// <summary>When nothing was found: the same words everywhere and the rubrieken they lead to.</summary>
    public ZeroResultHelp? ZeroHelp { get; private set; }

    /// <summary>What happened to "bewaren" or "exporteren" (a professional's tools on this page), to show above the results.</summary>
    public string? WorkspaceNotice { get; private set; }
    public bool WorkspaceNoticeIsError { get; private set; }
    public bool IsProfessional => User.ProfessionalAccountId() is not null;

    // The search is in the address these post to (_WorkspacePanel); the form holds only the name or the format.
    public Task<IActionResult> OnPostSaveAsync(string? q, string? waar, string? sorteer, string? naam, CancellationToken ct) =>
        WorkspaceAsync(q, waar, sorteer, (account, definition) => workspace.SaveSearchAsync(account, naam, definition, ct),
            string.Format(SearchWorkspace.Saved, naam?.Trim()), ct);

    public Task<IActionResult> OnPostExportAsync(string? q, string? waar, string? sorteer, string? formaat, CancellationToken ct) =>
        WorkspaceAsync(q, waar, sorteer, (account, definition) =>
            SearchWorkspace.ExportAsync(workspace, this, account, formaat, definition, PublicSiteUrl.Of(Request, configuration), ct), SearchWorkspace.Exporting, ct);

    private async Task<IActionResult> WorkspaceAsync(string? q, string? waar, string? sorteer,
        Func<Guid, SavedSearchDefinition, Task<WorkspaceOutcome>> act, string done, CancellationToken ct)
    {
        await SearchAsync(q, waar, sorteer, null, null, ct);
        if (Problems.Count > 0) return Page();
        SearchSorts.TryParse(Sorteer, out var sort);
        var url = QueryHelpers.AddQueryString("/zoeken", SearchParts());
        var f = Filter;
        var definition = new SavedSearchDefinition(SavedSearchKind.Quick, url, new QuickSearchQuery(Q, Waar, f.Gemeente, f.Rubriek, false, sort,
            OpenNow: f.Open, Languages: f.Taal, TargetGroups: f.Doelgroep, Costs: f.Kosten), null);
        return await SearchWorkspace.RunAsync(this, account => act(account, definition), done, Link(),
            error => (WorkspaceNotice, WorkspaceNoticeIsError) = (error, true)) ?? Page();
    }

    public async Task<IActionResult> OnGetAsync(string? q, string? waar, string? sorteer, string? pagina, string? kaart, CancellationToken ct)
    {
        await SearchAsync(q, waar, sorteer, pagina, kaart, ct);
        WorkspaceNotice = SearchWorkspace.Notice(this);
        // A page past the end (an old link, fewer results since): the last page instead of an empty one.
        if (Result is { Total: > 0, Hits.Count: 0 } && Pagina > Pages) return Redirect(Link(page: Pages));
        return Page();
    }

    private async Task SearchAsync(string? q, string? waar, string? sorteer, string? pagina, string? kaart, CancellationToken ct)
    {
        ShowMap = kaart == "1";
        (Q, Waar, Filter) = (q?.Trim(), waar?.Trim(), ResultFilters.From(Request.Query));
        var f = Filter;
        var problems = new List<string>();
        SearchSort sort = SearchSort.Relevance;
        if (!string.IsNullOrEmpty(sorteer) && !SearchSorts.TryParse(sorteer, out sort)) problems.Add(SiteTexts.Problems.UnknownSort);
        else if (sort == SearchSort.Distance && string.IsNullOrWhiteSpace(waar)) problems.Add(SiteTexts.Problems.DistanceNeedsPlace);
        else if (!string.IsNullOrEmpty(sorteer)) Sorteer = sorteer.ToLowerInvariant();
        if (pagina is not null && !(int.TryParse(pagina, out var number) && number is >= 1 and <= MaxPage)) problems.Add(SiteTexts.Problems.PageOutOfRange(MaxPage));
        else if (pagina is not null) Pagina = int.Parse(pagina);

        if (problems.Count == 0)
        {
            var outcome = await search.SearchAsync(new QuickSearchQuery(Q, Waar, f.Gemeente, f.Rubriek, false, sort, null, Pagina, PageSize, false,
                OpenNow: f.Open, Languages: f.Taal, TargetGroups: f.Doelgroep, Costs: f.Kosten), ct);
            if (outcome.Ok) Result = outcome.Response;
            else problems.AddRange(outcome.Errors.SelectMany(e => e.Value));
        }
        if (Result is { Hits.Count: > 0 }) Summaries = await fiches.SummariesAsync(Result.Hits.Select(h => h.Id).ToList(), clock.GetUtcNow(), ct);
        Problems = problems;
        if (problems.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        RubriekNames = await rubrieken.NamesAsync(ct);
        if (Result is { Total: 0 })
        {
            var narrowed = !string.IsNullOrEmpty(Waar) || f.Any;
            ZeroHelp = await ZeroResultHelp.FindAsync(search, Q, Waar, narrowed, RubriekNames, ct);
        }
    }

    public string MunicipalityName(string nis) => geography.Municipality(nis)?.Name ?? nis;

    // Words of crisis: the helplines come first, above any result, whatever the search finds.
    private static readonly string[] CrisisWords =
        ["zelfmoord", "suicide", "zelfdoding", "dood willen", "niet meer leven", "geweld", "mishandel", "misbruik", "verkracht", "crisis"];

    /// <summary>True when the question speaks of crisis (zelfmoord, geweld, crisis, …), folded, anywhere in the words.</summary>
    public bool IsCrisis => Q is { Length: > 0 } q && CrisisWords.Any(TextFolding.Fold(q).Contains);

    /// <summary>What was searched, as the page's heading: "Kinderopvang in Gentbrugge", "Alles in Gent", or "Zoekresultaten".</summary>
    public string Heading()
    {
        var what = string.IsNullOrEmpty(Q) ? null : char.ToUpper(Q[0], System.Globalization.CultureInfo.GetCultureInfo("nl-BE")) + Q[1..];
        var where = Result?.Waar?.Label ?? (string.IsNullOrEmpty(Waar) ? null : Waar);
        return (what, where) switch
        {
            (null, null) => SiteTexts.Results,
            (null, { } w) => $"Alles in {w}",
            ({ } q, null) => q,
            ({ } q, { } w) => $"{q} in {w}",
        };
    }

    /// <summary>The hits' card context: the place searched for and the names of its municipalities.</summary>
    public HitListModel Cards() => new(Result!.Hits, Summaries, (Pagina - 1) * PageSize + 1, Result.Waar?.Label,
        Result.Waar?.MunicipalityNisCodes.Select(MunicipalityName).ToHashSet(StringComparer.Ordinal));

    /// <summary>The chosen filters, each with the address of this search without it (the removable chips above the results).</summary>
    public IEnumerable<(string Label, string Href)> ActiveFilters() =>
        Filter.Chosen(MunicipalityName, RubriekName).Select(c => (c.Label, Link(page: 1, without: (c.Key, c.Value))));

    public string RubriekName(string code) => RubriekNames.TryGetValue(code, out var name) ? name : code;

    /// <summary>The filter panel beside the results: q, waar and the sort carried along.</summary>
    public ResultFiltersPanel FiltersPanel()
    {
        var kept = new List<KeyValuePair<string, string>>();
        if (!string.IsNullOrEmpty(Q)) kept.Add(new("q", Q));
        if (!string.IsNullOrEmpty(Waar)) kept.Add(new("waar", Waar));
        if (Sorteer != "relevantie") kept.Add(new("sorteer", Sorteer));
        return new ResultFiltersPanel("/zoeken", kept, Filter, Filter.Facets(Result!.Municipalities, Result.Rubrieken, Result.TargetGroups ?? [],
            Result.Costs ?? [], Result.Languages ?? [], MunicipalityName, RubriekName), new ZoekenLink(Q, Waar).Href);
    }

    /// <summary>The API address of every point of this search, for the map script.</summary>
    public string PointsUrl() => QueryHelpers.AddQueryString("/api/search",
        new KeyValuePair<string, string?>[] { new("points", "true"), new("pageSize", "1") }.Concat(SearchParts(api: true)));

    /// <summary>This search's URL with some parts changed (a page, a sort, the map); filters are kept, but for one <paramref name="without"/>.</summary>
    public string Link(int? page = null, string? sort = null, bool? map = null, (string Key, string Value)? without = null)
    {
        var parts = SearchParts().Where(p => without is not { } w || p.Key != w.Key || p.Value != w.Value).ToList();
        var s = sort ?? Sorteer;
        if (s != "relevantie") parts.Add(new("sorteer", s));
        var p = page ?? Pagina;
        if (p > 1) parts.Add(new("pagina", p.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (map ?? ShowMap) parts.Add(new("kaart", "1"));
        return QueryHelpers.AddQueryString("/zoeken", parts);
    }

    /// <summary>The text, place and filters of this search as query parameters: the page's names, or the API's (municipality, openNow, …).</summary>
    private List<KeyValuePair<string, string?>> SearchParts(bool api = false)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrEmpty(Q)) parts.Add(new("q", Q));
        if (!string.IsNullOrEmpty(Waar)) parts.Add(new("waar", Waar));
        parts.AddRange(api ? Filter.ApiParts("rubriek") : Filter.PageParts());
        return parts;
    }

    /// <summary>The parts of this search the sort form carries along, beside the sort itself.</summary>
    public IEnumerable<KeyValuePair<string, string>> Kept() => SearchParts().Select(p => new KeyValuePair<string, string>(p.Key, p.Value!));
}
