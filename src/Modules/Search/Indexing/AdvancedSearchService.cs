using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Contracts.Geography;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Indexing;

/// <summary>
/// Advanced search as one operation, for GET /api/search/advanced and the public page alike: checks the input
/// (Dutch messages by field), turns places into the municipalities they cover and trefwoorden into their
/// preferred form, searches, and records searches that found nothing.
/// </summary>
public sealed class AdvancedSearchService(
    ISearchEngine engine, IGeography geography, IRubriekTree tree, IThesaurus thesaurus, UnmetSearchRecorder unmet, TimeProvider clock) : IAdvancedSearch
{
    public const int TextMax = 200;

    public async Task<AdvancedSearchOutcome> SearchAsync(AdvancedSearchQuery query, CancellationToken ct)
    {
        var errors = new InputErrors();
        errors.Optional("organisation", query.Organisation, TextMax).Optional("person", query.Person, TextMax).Optional("activity", query.Activity, TextMax)
            .Optional("term", query.Term, TextMax).Optional("street", query.Street, TextMax)
            .Check(query.TrefwoordMode is null or "and" or "or", "trefwoordMode", "Kies and (alle trefwoorden) of or (minstens één).");
        SearchInput.CheckPaging(errors, query.Page, query.PageSize);
        var (lat, lon) = SearchInput.ParseNear(query.Near, query.Sort, errors);
        await SearchInput.CheckRubrieken(errors, query.Rubrieken, tree, ct);
        await SearchInput.CheckRubrieken(errors, query.InRubrieken, tree, ct, "inRubriek");
        SearchInput.CheckFilters(errors, geography, query.Municipalities, query.Languages, query.TargetGroups, query.Costs);

        var nis = new HashSet<string>(StringComparer.Ordinal);
        var labels = new List<string>();
        errors.Each("place", query.Places, SearchInput.MaxFilterValues, (value, path) =>
        {
            var parts = value.Split(':', 2);
            if (parts.Length != 2 || !Enum.TryParse<PlaceKind>(parts[0], ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                errors.Add(path, $"Geef een gebied als soort:code, bv. province:70000 of municipality:44021 (niet '{value}').");
                return;
            }
            var reference = new PlaceRef(kind, parts[1]);
            var covered = geography.MunicipalitiesCovered(reference);
            if (covered.Count == 0) errors.Add(path, $"Er bestaat geen {kind} met code {parts[1]}.");
            nis.UnionWith(covered);
            if (geography.NameOf(reference) is { } label) labels.Add(label);
        });

        var terms = new List<string>();
        if (query.Trefwoorden is { Count: > 0 })
        {
            var groups = await thesaurus.GroupsAsync(ct);
            errors.Each("trefwoord", query.Trefwoorden, SearchInput.MaxFilterValues, (given, path) =>
            {
                var group = groups.FirstOrDefault(g => g.Any(f => string.Equals(f, given.Trim(), StringComparison.OrdinalIgnoreCase)));
                if (group is null) errors.Add(path, $"'{given}' staat niet in de thesaurus.");
                else terms.Add(group[0]);
            });
        }
        if (errors.Any) return new AdvancedSearchOutcome(null, errors.ByField);

        var request = new SearchRequest(null, query.Places is { Count: > 0 } ? nis : null, query.Rubrieken?.ToList(), query.OnlyParents,
            query.Sort ?? SearchSort.Relevance, lat, lon, query.Page ?? 1, query.PageSize ?? 20, query.Points, null,
            new AdvancedCriteria(query.Organisation, query.Person, query.Activity, query.Term, query.Within?.ToList(), query.Street, terms, query.TrefwoordMode != "or"),
            InRubrieken: query.InRubrieken is { Count: > 0 } narrowed ? narrowed : null)
            .WithFilters(query.Municipalities, query.OpenNow, query.Languages, query.TargetGroups, query.Costs, clock.GetUtcNow());
        var results = await engine.SearchAsync(request, ct);
        unmet.RecordIfUnmet(results, string.Join(' ', new[] { query.Organisation, query.Person, query.Activity, query.Term }.OfType<string>()),
            labels.FirstOrDefault(), clock.GetUtcNow());
        return new AdvancedSearchOutcome(new AdvancedSearchResponse(results.Total, request.Page, request.PageSize, request.Sort, labels, terms,
            results.Hits, results.MunicipalityFacet, results.RubriekFacet, results.Points, results.LanguageFacet ?? [], results.TargetGroupFacet ?? [],
            results.CostFacet ?? []), new Dictionary<string, string[]>());
    }
}
