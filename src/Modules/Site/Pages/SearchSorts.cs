using SocialeKaart.Modules.Contracts.Search;

namespace SocialeKaart.Modules.Site.Pages;

/// <summary>The sorts as the pages name them in their addresses (?sorteer=naam), for the quick and the advanced search.</summary>
public static class SearchSorts
{
    private static readonly Dictionary<string, SearchSort> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["relevantie"] = SearchSort.Relevance, ["naam"] = SearchSort.Name, ["postcode"] = SearchSort.Postcode, ["gemeente"] = SearchSort.Municipality,
        ["afstand"] = SearchSort.Distance,
    };

    public static bool TryParse(string name, out SearchSort sort) => ByName.TryGetValue(name, out sort);
}
