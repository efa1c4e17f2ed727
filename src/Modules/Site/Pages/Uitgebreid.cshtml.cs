using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
/// AND/OR. A plain GET form: the URL holds the whole search, and it works without JavaScript.
/// </summary>
public sealed class UitgebreidModel(IAdvancedSearch search, IRubriekTree rubrieken, IGeography geography, IFicheDetails fiches, TimeProvider clock) : PageModel
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
    public bool Asked { get; private set; }
    public AdvancedSearchResponse? Result { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyList<RubriekBranch> Tree { get; private set; } = [];
    public IReadOnlyDictionary<Guid, FicheSummary> Summaries { get; private set; } = new Dictionary<Guid, FicheSummary>();
    public int Pages => Result is null ? 0 : PagerModel.PagesFor(Result.Total, PageSize);

    public async Task OnGetAsync(string? organisatie, string? persoon, string? activiteit, string? term, string[]? binnen, string? hoofdorganisaties,
        string? provincie, string? regio, string? gemeenten, string? straat, string[]? rubriek, string? trefwoorden, string? modus, string? pagina, CancellationToken ct)
    {
        Tree = await rubrieken.ActiveTreeAsync(ct);
        (Organisatie, Persoon, Activiteit, Term, Provincie, Gemeenten, Straat, Trefwoorden) =
            (organisatie?.Trim(), persoon?.Trim(), activiteit?.Trim(), term?.Trim(), provincie, gemeenten?.Trim(), straat?.Trim(), trefwoorden?.Trim());
        Hoofdorganisaties = hoofdorganisaties == "1";
        Regio = regio;
        Rubriek = rubriek?.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct().Take(50).ToList() ?? [];
        Asked = Request.Query.Count > 0;
        if (!Asked) return;

        var problems = new List<string>();
        var within = new List<TermField>();
        foreach (var value in binnen ?? [])
            if (Enum.TryParse<TermField>(value, out var field) && Enum.IsDefined(field)) within.Add(field);
            else problems.Add(SiteTexts.Problems.UnknownTermField);
        Binnen = within;
        if (modus is not null and not "and" and not "or") problems.Add(SiteTexts.Problems.UnknownTrefwoordMode);
        else if (modus is not null) Modus = modus;
        if (pagina is not null && !(int.TryParse(pagina, out var number) && number is >= 1 and <= PagerModel.MaxPage)) problems.Add(SiteTexts.Problems.PageOutOfRange(PagerModel.MaxPage));
        else if (pagina is not null) Pagina = int.Parse(pagina);

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
            var outcome = await search.SearchAsync(new AdvancedSearchQuery(Organisatie, Persoon, Activiteit, Term, within, Straat, Hoofdorganisaties,
                places, Rubriek, terms, Modus, SearchSort.Relevance, null, Pagina, PageSize), ct);
            if (outcome.Ok) Result = outcome.Response;
            else problems.AddRange(outcome.Errors.SelectMany(e => e.Value));
        }
        Problems = problems;
        if (problems.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        if (Result is { Hits.Count: > 0 }) Summaries = await fiches.SummariesAsync(Result.Hits.Select(h => h.Id).ToList(), clock.GetUtcNow(), ct);
    }

    /// <summary>This search at another page.</summary>
    public string PageLink(int page) => QueryHelpers.AddQueryString("/uitgebreid-zoeken",
        Request.Query.Where(q => q.Key != "pagina").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("pagina", page.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>Whether a branch holds a chosen rubriek, so it opens by itself.</summary>
    public bool Open(RubriekBranch branch) => Rubriek.Any(r => r == branch.Code || r.StartsWith(branch.Code + ".", StringComparison.Ordinal));
}
