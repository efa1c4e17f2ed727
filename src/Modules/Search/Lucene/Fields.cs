namespace SocialeKaart.Modules.Search.Lucene;

/// <summary>The fields of the Lucene index. Names of things people search for are text; filters are exact terms.</summary>
public static class Fields
{
    public const string Id = "id";
    public const string Version = "version";
    public const string Name = "name";             // organisation names: name, short name, other names
    public const string People = "people";         // persons and activity names
    public const string Person = "person";         // persons only (advanced search)
    public const string Activity = "activity";     // activity names and descriptions (advanced search)
    public const string Operation = "operation";   // general operation (algemene werking)
    public const string Tasks = "tasks";           // concrete tasks
    public const string Street = "street";
    public const string Trefwoord = "trefwoord";   // preferred terms, folded (exact)
    public const string TrefwoordText = "trefwoord_text"; // preferred terms as words
    public const string Text = "text";             // everything searchable, folded
    public const string Stemmed = "stemmed";       // everything searchable, stemmed
    public const string Parts = "parts";           // everything searchable, compounds split into their words, stemmed
    public const string Area = "area";             // working-area NIS codes (exact)
    public const string Rubriek = "rubriek";       // rubriek codes with their ancestors (exact)
    public const string Status = "status";
    public const string IsParent = "parent";       // "1" for top-level organisations
    public const string NameSort = "name_sort";
    public const string PostcodeSort = "postcode_sort";
    public const string MunicipalitySort = "municipality_sort";
    public const string IdSort = "id_sort";
    public const string MunicipalityFacet = "facet_municipality";
    public const string RubriekFacet = "facet_rubriek";          // the fiche's own rubrieken: which values the facet offers
    public const string RubriekFacetAll = "facet_rubriek_all";   // with their ancestors: what the rubriek filter returns, so the counts agree
    public const string Located = "located";                     // municipalities of the fiche's addresses (exact): the "gevestigd in" filter
    public const string LocatedPlace = "located_place";          // "pc:9050", "loc:9050|gentbrugge", "nis:44021" as doc values: ranking by place
    public const string Language = "language";                   // languages spoken (exact)
    public const string LanguageFacet = "facet_language";
    public const string TargetGroup = "target_group";            // target-group tags (exact)
    public const string TargetGroupFacet = "facet_target_group";
    public const string Cost = "cost";                           // the kind of cost (exact)
    public const string CostFacet = "facet_cost";
    public const string Open = "open";                           // the open-now terms (OpenNowTerms)
    public const string Lat = "lat_e6";
    public const string Lon = "lon_e6";
    public const string Display = "display";      // stored JSON for the hit card
    public const string MapLabel = "map_label";   // id and name as doc values: map points without loading stored documents
}
