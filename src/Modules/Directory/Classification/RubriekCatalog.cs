namespace SocialeKaart.Modules.Directory.Classification;

/// <summary>Checks rubriek codes given for a fiche or an activity against the tree.</summary>
public static class RubriekCatalog
{
    /// <summary>The codes among <paramref name="codes"/> that are active rubrieken.</summary>
    public static async Task<IReadOnlySet<string>> Active(IQuerySession session, IEnumerable<string>? codes, CancellationToken ct)
    {
        var wanted = Clean(codes?.ToList());
        if (wanted.Count == 0) return new HashSet<string>();
        var found = await session.Query<Rubriek>().Where(r => wanted.Contains(r.Code) && !r.Retired).Select(r => r.Code).ToListAsync(ct);
        return found.ToHashSet();
    }

    public static InputErrors CheckRubrieken(this InputErrors errors, string field, IReadOnlyList<string>? codes, IReadOnlySet<string> active, int max) =>
        errors.Each(field, codes, max, (code, path) =>
            errors.Check(active.Contains(code.Trim()), path, $"Rubriek '{code}' bestaat niet of is afgeschaft."));

    public static List<string> Clean(IReadOnlyList<string>? codes) =>
        (codes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().Order(StringComparer.Ordinal).ToList();
}
