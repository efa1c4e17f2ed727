using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Accounts;
using SocialeKaart.Modules.Contracts.Workspace;
using Microsoft.AspNetCore.WebUtilities;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Contracts.Geography;
using SocialeKaart.Modules.Contracts.Search;
using SocialeKaart.Modules.Site.Texts;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>
/// Advanced search (uitgebreid zoeken) in four parts: free search (organisations, persons, activities, only parent
/// organisations, a term restricted to parts of the fiche), geography (province, municipalities or deelgemeenten,
/// street), the rubriek tree (expand and collapse with details/summary, several at once) and trefwoorden with
/// AND/OR. A plain GET form: the URL holds the whole search, and it works without JavaScript. The results get the quick
/// search's filters beside them (<see cref="ResultFilters"/>), its rubriek filter named "in-rubriek" beside the criteria's "rubriek".
/// </summary>
public sealed class UitgebreidModel(IAdvancedSearch search, IRubriekTree rubrieken, IGeography geography, IFicheDetails fiches, TimeProvider clock,
    IWorkspace workspace, IConfiguration configuration) : PageModel
{
    public const int PageSize = 20;

    /// <summary>The five Flemish provinces and the Brussels-Capital Region (no province, but the same level for a visitor).</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Provinces =
    [
        ("10000", "Antwerpen"), ("20001", "Vlaams-Brabant"), ("30000", "West-Vlaanderen"), ("40000", "Oost-Vlaanderen"), ("70000", "Limburg"),
        (BrusselsRegion, "Brussels Hoofdstedelijk Gewest"),
    ];

    private const string BrusselsRegion = "4000";

    public static readonly IReadOnlyList<(TermField Field, string Label)> TermFields =
    [
        (TermField.GeneralOperation, "Algemene werking"), (TermField.Tasks, "Concrete taken"), (TermField.Street, "Straatnaam"), (TermField.Trefwoorden, "Trefwoorden"),
    ];

    public string? Organisatie { get; private set; }
    public string? Persoon { get; private set; }
    public string? Activiteit { get; private set; }
    public string? Term { get; private set; }
    public IReadOnlyList<TermField> Binnen { get; private set; } = [];
    public bool Hoofdorganisaties { get; private set; }
    public string? Provincie { get; private set; }
    public string? Regio { get; private set; }

    /// <summary>The predefined regions a professional can choose: eerstelijnszones, reference regions, arrondissements.</summary>
    public IReadOnlyList<(string Label, PlaceKind Kind, IReadOnlyList<(string Code, string Name)> Areas)> Regions { get; } =
    [
        ("Eerstelijnszones", PlaceKind.Eerstelijnszone, geography.AreasOf(PlaceKind.Eerstelijnszone)),
        ("Referentieregio's", PlaceKind.ReferenceRegion, geography.AreasOf(PlaceKind.ReferenceRegion)),
        ("Arrondissementen", PlaceKind.Arrondissement, geography.AreasOf(PlaceKind.Arrondissement)),
    ];
    public string? Gemeenten { get; private set; }
    public string? Straat { get; private set; }
    public IReadOnlyList<string> Rubriek { get; private set; } = [];
    public string? Trefwoorden { get; private set; }
    public string Modus { get; private set; } = "and";
    public int Pagina { get; private set; } = 1;
    public const string RubriekFilterKey = "in-rubriek";
    public ResultFilters Filter { get; private set; } = ResultFilters.From(QueryCollection.Empty, RubriekFilterKey);
    public bool Asked { get; private set; }
    public AdvancedSearchResponse? Result { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyList<RubriekBranch> Tree { get; private set; } = [];
    public IReadOnlyDictionary<Guid, FicheSummary> Summaries { get; private set; } = new Dictionary<Guid, FicheSummary>();
    public int Pages => Result is null ? 0 : PagerModel.PagesFor(Result.Total, PageSize);
    public string Sorteer { get; private set; } = "relevantie";
    public bool ShowMap { get; private set; }
    public string? TileUrl => configuration["Site:Map:TileUrl"];
    public string? TileAttribution => configuration["Site:Map:Attribution"];

    /// <summary>The query as the Search module ran it: for the map's points and for saving or exporting.</summary>
    public AdvancedSearchQuery? Query { get; private set; }

    /// <summary>The person or activity a hit was found by, when the search asked for one ("Persoon: An Peeters, onthaal").</summary>
    public IReadOnlyDictionary<Guid, string> Matched { get; private set; } = new Dictionary<Guid, string>();
    public string? WorkspaceNotice { get; private set; }
    public bool WorkspaceNoticeIsError { get; private set; }
    public bool IsProfessional => User.ProfessionalAccountId() is not null;

    /// <summary>The sorts advanced search offers: those of the quick search but distance (there is no one place to measure from).</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> SortOptions = SiteTexts.SortOptions.Where(o => o.Value != "afstand").ToList();

    public Task<IActionResult> OnPostSaveAsync(string? naam, CancellationToken ct) =>
        WorkspaceAsync((account, definition) => workspace.SaveSearchAsync(account, naam, definition, ct), string.Format(SearchWorkspace.Saved, naam?.Trim()), ct);

    public Task<IActionResult> OnPostExportAsync(string? formaat, CancellationToken ct) =>
        WorkspaceAsync((account, definition) => SearchWorkspace.ExportAsync(workspace, this, account, formaat, definition, PublicSiteUrl.Of(Request, configuration), ct),
            SearchWorkspace.Exporting, ct);

    private async Task<IActionResult> WorkspaceAsync(Func<Guid, SavedSearchDefinition, Task<WorkspaceOutcome>> act, string done, CancellationToken ct)
    {
        await SearchAsync(ct);
        if (Query is null || Problems.Count > 0) return Page();
        var definition = new SavedSearchDefinition(SavedSearchKind.Advanced, Link(), null, Query with { Page = null, PageSize = null });
        return await SearchWorkspace.RunAsync(this, account => act(account, definition), done, Link(),
            error => (WorkspaceNotice, WorkspaceNoticeIsError) = (error, true)) ?? Page();
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await SearchAsync(ct);
        WorkspaceNotice = SearchWorkspace.Notice(this);
    }

    // The whole search is in the address (GET, and the POSTs of bewaren and exporteren act on that same address).
    private async Task SearchAsync(CancellationToken ct)
    {
        string? One(string key) => Request.Query[key] is { Count: > 0 } v ? v[0] : null;
        string[] All(string key) => Request.Query[key].Where(v => v is not null).Select(v => v!).ToArray();
        var (organisatie, persoon, activiteit, term, binnen, hoofdorganisaties) = (One("organisatie"), One("persoon"), One("activiteit"), One("term"), All("binnen"), One("hoofdorganisaties"));
        var (provincie, regio, gemeenten, straat, rubriek, trefwoorden) = (One("provincie"), One("regio"), One("gemeenten"), One("straat"), All("rubriek"), One("trefwoorden"));
        var (modus, pagina, sorteer) = (One("modus"), One("pagina"), One("sorteer"));
        ShowMap = One("kaart") == "1";
        Tree = await rubrieken.ActiveTreeAsync(ct);
        (Organisatie, Persoon, Activiteit, Term, Provincie, Gemeenten, Straat, Trefwoorden) =
            (organisatie?.Trim(), persoon?.Trim(), activiteit?.Trim(), term?.Trim(), provincie, gemeenten?.Trim(), straat?.Trim(), trefwoorden?.Trim());
        Hoofdorganisaties = hoofdorganisaties == "1";
        Regio = regio;
        Rubriek = rubriek.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct().Take(50).ToList();
        Filter = ResultFilters.From(Request.Query, RubriekFilterKey);
        RubriekNames = Tree.SelectMany(Flatten).ToDictionary(b => b.Code, b => b.Name);
        Asked = Request.Query.Keys.Any(k => k is not ("handler" or "kaart"));
        if (!Asked) return;

        var problems = new List<string>();
        var within = new List<TermField>();
        foreach (var value in binnen)
            if (Enum.TryParse<TermField>(value, out var field) && Enum.IsDefined(field)) within.Add(field);
            else problems.Add(SiteTexts.Problems.UnknownTermField);
        Binnen = within;
        if (modus is not null and not "and" and not "or") problems.Add(SiteTexts.Problems.UnknownTrefwoordMode);
        else if (modus is not null) Modus = modus;
        if (pagina is not null && !(int.TryParse(pagina, out var number) && number is >= 1 and <= PagerModel.MaxPage)) problems.Add(SiteTexts.Problems.PageOutOfRange(PagerModel.MaxPage));
        else if (pagina is not null) Pagina = int.Parse(pagina);
        var sort = SearchSort.Relevance;
        if (sorteer is not null && !(SortOptions.Any(o => o.Value == sorteer) && SearchSorts.TryParse(sorteer, out sort))) problems.Add(SiteTexts.Problems.UnknownSort);
        else if (sorteer is not null) Sorteer = sorteer;

        var places = new List<string>();
        if (!string.IsNullOrEmpty(Provincie))
        {
            if (Provinces.Any(p => p.Code == Provincie)) places.Add(Provincie == BrusselsRegion ? $"region:{Provincie}" : $"province:{Provincie}");
            else problems.Add(SiteTexts.Problems.UnknownProvince);
        }
        if (!string.IsNullOrEmpty(Regio))
        {
            var parts = Regio.Split(':', 2);
            if (parts.Length == 2 && Enum.TryParse<PlaceKind>(parts[0], out var kind) && Regions.Any(r => r.Kind == kind && r.Areas.Any(a => a.Code == parts[1])))
                places.Add(Regio);
            else problems.Add(SiteTexts.Problems.UnknownRegion);
        }
        foreach (var name in (Gemeenten ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(20))
        {
            if (geography.Resolve(name) is { } match) places.Add($"{match.Place.Kind}:{match.Place.Code}");
            else problems.Add(SiteTexts.Problems.UnknownPlace(name));
        }
        var terms = (Trefwoorden ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(20).ToList();

        if (problems.Count == 0)
        {
            var f = Filter;
            Query = new AdvancedSearchQuery(Organisatie, Persoon, Activiteit, Term, within, Straat, Hoofdorganisaties,
                places, Rubriek, terms, Modus, sort, null, Pagina, PageSize, false, f.Gemeente, f.Rubriek, f.Open, f.Taal, f.Doelgroep, f.Kosten);
            var outcome = await search.SearchAsync(Query, ct);
            if (outcome.Ok) Result = outcome.Response;
            else problems.AddRange(outcome.Errors.SelectMany(e => e.Value));
        }
        Problems = problems;
        if (problems.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        if (Result is { Hits.Count: > 0 })
        {
            var ids = Result.Hits.Select(h => h.Id).ToList();
            Summaries = await fiches.SummariesAsync(ids, clock.GetUtcNow(), ct);
            if (!string.IsNullOrEmpty(Persoon) || !string.IsNullOrEmpty(Activiteit))
                Matched = AdvancedMatches.Find(await fiches.ManyAsync(ids, ct), Persoon, Activiteit);
        }
    }

    /// <summary>
    /// This search's address with some parts changed: a page, the map, a sort, one filter <paramref name="without"/> or
    /// none of them (<paramref name="noFilters"/>); the handler never kept.
    /// </summary>
    public string Link(int? page = null, bool? map = null, string? sort = null, (string Key, string Value)? without = null, bool noFilters = false)
    {
        var parts = Request.Query.Where(q => q.Key is not ("pagina" or "handler" or "kaart" or "sorteer") && !(noFilters && Filter.IsFilterKey(q.Key)))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Where(p => without is not { } w || p.Key != w.Key || p.Value != w.Value).ToList();
        if ((sort ?? Sorteer) is var s && s != "relevantie") parts.Add(new("sorteer", s));
        if ((page ?? Pagina) is var p && p > 1) parts.Add(new("pagina", p.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (map ?? ShowMap) parts.Add(new("kaart", "1"));
        return QueryHelpers.AddQueryString("/uitgebreid-zoeken", parts);
    }

    /// <summary>The current search's parameters but the sort and the page, for the sort form's hidden fields.</summary>
    public IEnumerable<KeyValuePair<string, string>> KeptForSort() => Request.Query.Where(q => q.Key is not ("pagina" or "handler" or "sorteer"))
        .SelectMany(q => q.Value.Where(v => v is not null).Select(v => new KeyValuePair<string, string>(q.Key, v!)));

    /// <summary>The chosen filters, each with the address of this search without it (the removable chips above the results).</summary>
    public IEnumerable<(string Label, string Href)> ActiveFilters() =>
        Filter.Chosen(MunicipalityName, RubriekName).Select(c => (c.Label, Link(page: 1, without: (c.Key, c.Value))));

    /// <summary>The filter panel beside the results, carrying the criteria, the sort and the map along.</summary>
    public ResultFiltersPanel FiltersPanel() => new("/uitgebreid-zoeken",
        Request.Query.Where(q => q.Key is not ("pagina" or "handler") && !Filter.IsFilterKey(q.Key))
            .SelectMany(q => q.Value.Where(v => v is not null).Select(v => new KeyValuePair<string, string>(q.Key, v!))),
        Filter, Filter.Facets(Result!.Municipalities, Result.Rubrieken, Result.TargetGroups, Result.Costs, Result.Languages, MunicipalityName, RubriekName),
        Link(page: 1, noFilters: true));

    public IReadOnlyDictionary<string, string> RubriekNames { get; private set; } = new Dictionary<string, string>();
    public string RubriekName(string code) => RubriekNames.GetValueOrDefault(code, code);
    public string MunicipalityName(string nis) => geography.Municipality(nis)?.Name ?? nis;

    /// <summary>The API address of every point of this search, for the map script.</summary>
    public string PointsUrl()
    {
        var q = Query!;
        var parts = new List<KeyValuePair<string, string?>> { new("points", "true"), new("pageSize", "1") };
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) parts.Add(new(key, value)); }
        Add("organisation", q.Organisation); Add("person", q.Person); Add("activity", q.Activity); Add("term", q.Term); Add("street", q.Street);
        if (q.OnlyParents) Add("onlyParents", "true");
        foreach (var f in q.Within ?? []) Add("within", f.ToString());
        foreach (var p in q.Places ?? []) Add("place", p);
        foreach (var r in q.Rubrieken ?? []) Add("rubriek", r);
        foreach (var t in q.Trefwoorden ?? []) Add("trefwoord", t);
        if ((q.Trefwoorden ?? []).Count > 0) Add("trefwoordMode", q.TrefwoordMode);
        parts.AddRange(Filter.ApiParts("inRubriek"));
        return QueryHelpers.AddQueryString("/api/search/advanced", parts);
    }

    /// <summary>What was asked, in words, for the summary above the results ("Organisatie: dienst", "Provincie: Limburg").</summary>
    public IEnumerable<string> Criteria()
    {
        if (!string.IsNullOrEmpty(Organisatie)) yield return $"{SiteTexts.Advanced.Organisation}: {Organisatie}";
        if (!string.IsNullOrEmpty(Persoon)) yield return $"{SiteTexts.Advanced.Person}: {Persoon}";
        if (!string.IsNullOrEmpty(Activiteit)) yield return $"{SiteTexts.Advanced.Activity}: {Activiteit}";
        if (Hoofdorganisaties) yield return SiteTexts.Advanced.OnlyParents;
        if (!string.IsNullOrEmpty(Term))
            yield return Binnen.Count == 0 ? $"{SiteTexts.Advanced.Term}: {Term}"
                : $"{SiteTexts.Advanced.Term}: {Term} ({string.Join(", ", TermFields.Where(f => Binnen.Contains(f.Field)).Select(f => f.Label.ToLowerInvariant()))})";
        if (Provinces.FirstOrDefault(p => p.Code == Provincie) is { Name: { } province }) yield return $"{SiteTexts.Advanced.Province}: {province}";
        if (Regions.SelectMany(r => r.Areas.Select(a => ($"{r.Kind}:{a.Code}", a.Name))).FirstOrDefault(a => a.Item1 == Regio) is { Name: { } region })
            yield return $"{SiteTexts.Advanced.Region}: {region}";
        if (!string.IsNullOrEmpty(Gemeenten)) yield return $"{SiteTexts.Advanced.Municipalities}: {Gemeenten}";
        if (!string.IsNullOrEmpty(Straat)) yield return $"{SiteTexts.Advanced.Street}: {Straat}";
        if (Rubriek.Count > 0) yield return $"{SiteTexts.AdvancedRubrieken}: {string.Join(", ", Rubriek.Select(RubriekName))}";
        if (!string.IsNullOrEmpty(Trefwoorden))
            yield return $"{SiteTexts.AdvancedTrefwoorden} ({(Modus == "or" ? SiteTexts.Advanced.AnyTrefwoord : SiteTexts.Advanced.AllTrefwoorden).ToLowerInvariant()}): {Trefwoorden}";
    }

    private static IEnumerable<RubriekBranch> Flatten(RubriekBranch branch) => branch.Children.SelectMany(Flatten).Prepend(branch);

    /// <summary>Whether a branch holds a chosen rubriek, so it opens by itself.</summary>
    public bool Open(RubriekBranch branch) => Rubriek.Any(r => r == branch.Code || r.StartsWith(branch.Code + ".", StringComparison.Ordinal));
}
