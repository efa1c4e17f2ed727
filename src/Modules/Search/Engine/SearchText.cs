using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Search.Engine;

/// <summary>What of a fiche both engines search as free text, so "wie of wat" means the same on either.</summary>
public static class SearchText
{
    public static string Of(SearchDocument d) => Of(d.Fiche, d.RubriekNames ?? []);

    public static string Of(FicheSnapshot f, IEnumerable<string> rubriekNames) => string.Join(" \n ",
        new[] { f.Name, f.ShortName, f.GeneralOperation, f.Tasks, f.TargetGroupText }.OfType<string>()
            .Concat(f.OtherNames).Concat(f.PersonNames).Concat(f.Activities.SelectMany(a => new[] { a.Name, a.Description }.OfType<string>()))
            .Concat(f.TargetGroups.Select(t => t.Replace('-', ' '))).Concat(f.Trefwoorden)
            .Concat(f.Locations.SelectMany(l => new[] { l.Street, l.Locality, l.MunicipalityName })).Concat(rubriekNames));
}
