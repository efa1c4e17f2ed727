using SocialeKaart.Modules.Contracts.Search;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>
/// One filter of the results page as a group of checkboxes: its legend, the query parameter it sets, the values shown
/// with their counts, which are chosen, and how a value reads ("fr" → "Frans").
/// </summary>
public sealed record FacetFilter(string Legend, string Name, IReadOnlyList<FacetValue> Values, IReadOnlyList<string> Chosen, Func<string, string> Label)
{
    public string Id(FacetValue facet) => $"{Name}-{facet.Value.Replace('.', '-')}";
}
