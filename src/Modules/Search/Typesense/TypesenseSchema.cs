namespace SocialeKaart.Modules.Search.Typesense;

/// <summary>
/// The Typesense collection for fiches (reached through an alias, so a rebuild can create a new collection
/// and switch the alias in one step). Field names mirror the embedded engine's fields.
/// </summary>
public static class TypesenseSchema
{
    public const string Alias = "fiches";
    public const string Id = "id";
    public const string Version = "version";
    public const string Name = "name";
    public const string NameSort = "name_sort";
    public const string People = "people";
    public const string Person = "person";
    public const string Activity = "activity";
    public const string Text = "text";
    public const string Operation = "operation";
    public const string Tasks = "tasks";
    public const string TrefwoordText = "trefwoord_text";
    public const string Street = "street";
    public const string Status = "status";
    public const string IsParent = "is_parent";
    public const string Area = "area";
    public const string Rubriek = "rubriek";
    public const string Trefwoorden = "trefwoorden";
    public const string MunicipalityFacet = "municipality";
    public const string RubriekFacet = "rubriek_facet";
    public const string Postcode = "postcode";
    public const string LocalitySort = "locality_sort";   // the municipality's name, in Dutch order (the name is kept for old collections)
    public const string LocatedPlace = "located_place";   // "pc:9050", "loc:44021|gentbrugge", "nis:44021": ranking by the place asked for
    public const string Location = "location";
    public const string Language = "language";            // languages spoken, a facet
    public const string TargetGroup = "target_group";     // target-group tags, a facet
    public const string Open = "open";                    // the open-now terms (OpenNowTerms)
    public const string Cost = "cost";                    // the kind of cost, a facet

    /// <summary>The thesaurus as a Typesense synonym set (v30: sets live beside collections, so an alias swap keeps them).</summary>
    public const string SynonymSet = "fiche-thesaurus";

    /// <summary>The body of POST /collections for a new collection with this name.</summary>
    public static object Collection(string name) => new
    {
        name,
        default_sorting_field = (string?)null,
        token_separators = new[] { "-", "/" },
        fields = new object[]
        {
            new { name = Name, type = "string[]", locale = "nl" },
            new { name = NameSort, type = "string", sort = true },
            new { name = People, type = "string[]", optional = true, locale = "nl" },
            new { name = Person, type = "string[]", optional = true, locale = "nl" },
            new { name = Activity, type = "string[]", optional = true, locale = "nl" },
            new { name = Text, type = "string", locale = "nl" },
            new { name = Operation, type = "string", optional = true, locale = "nl" },
            new { name = Tasks, type = "string", optional = true, locale = "nl" },
            new { name = TrefwoordText, type = "string[]", optional = true, locale = "nl" },
            new { name = Street, type = "string[]", optional = true },
            new { name = Status, type = "string", facet = false },
            new { name = IsParent, type = "bool" },
            new { name = Area, type = "string[]" },
            new { name = Rubriek, type = "string[]", optional = true },
            new { name = Trefwoorden, type = "string[]", optional = true },
            new { name = MunicipalityFacet, type = "string[]", facet = true },
            new { name = RubriekFacet, type = "string[]", facet = true, optional = true },
            new { name = Postcode, type = "string", sort = true },
            new { name = LocalitySort, type = "string", sort = true },
            new { name = LocatedPlace, type = "string[]", optional = true },
            new { name = Location, type = "geopoint", optional = true },
            new { name = Language, type = "string[]", facet = true, optional = true },
            new { name = TargetGroup, type = "string[]", facet = true, optional = true },
            new { name = Open, type = "string[]", optional = true },
            new { name = Cost, type = "string[]", facet = true, optional = true },
            new { name = Version, type = "int64", index = false, optional = true },
        },
    };
}
