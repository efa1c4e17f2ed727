using System.Text.RegularExpressions;
using SocialeKaart.Modules.Directory.Fiches;

namespace SocialeKaart.Modules.Directory.Classification;

public sealed record RubriekNode(string Code, string Name, bool Retired, IReadOnlyList<RubriekNode> Children);

public sealed record FicheReference(Guid Id, string Name);

/// <summary>Reading the rubriek tree: nesting, ancestors, and the fiches that use a rubriek.</summary>
public static partial class RubriekTree
{
    /// <summary>Top domain plus at most three levels below it, as on the Sociale Kaart.</summary>
    public const int MaxDepth = 4;

    public static bool IsWellFormedCode(string code) => CodeShape().IsMatch(code);

    public static int Depth(string code) => code.Split('.').Length;

    public static IReadOnlyList<RubriekNode> Nest(IReadOnlyList<Rubriek> all, bool includeRetired)
    {
        var visible = all.Where(r => includeRetired || !r.Retired).ToList();
        var children = visible.ToLookup(r => r.ParentCode ?? "");
        IReadOnlyList<RubriekNode> Build(string parent) => children[parent]
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new RubriekNode(r.Code, r.Name, r.Retired, Build(r.Code)))
            .ToList();
        return Build("");
    }

    /// <summary>Fiches that use the rubriek for themselves or for one of their activities.</summary>
    public static async Task<IReadOnlyList<FicheReference>> FichesUsing(IQuerySession session, string code, CancellationToken ct)
    {
        var direct = await session.Query<Fiche>().Where(f => f.Rubrieken.Contains(code)).Select(f => new { f.Id, f.Identity.Name }).ToListAsync(ct);
        var viaActivity = await session.Query<Fiche>().Where(f => f.Activities.Any(a => a.Rubrieken.Contains(code)))
            .Select(f => new { f.Id, f.Identity.Name }).ToListAsync(ct);
        return direct.Concat(viaActivity).DistinctBy(f => f.Id).OrderBy(f => f.Name).Select(f => new FicheReference(f.Id, f.Name)).ToList();
    }

    [GeneratedRegex(@"^[0-9]{2}(\.[0-9]{2}){0,3}$")]
    private static partial Regex CodeShape();
}
