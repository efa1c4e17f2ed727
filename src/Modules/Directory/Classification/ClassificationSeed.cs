namespace SocialeKaart.Modules.Directory.Classification;

/// <summary>
/// The initial rubriek tree (296 rubrieken under 18 domains) and trefwoorden thesaurus, appended as events
/// when the store has none yet; trefwoorden added to the list later are added to a seeded store too. Seed/*.csv holds
/// them; after seeding coordinators maintain both through the API.
/// </summary>
public static class ClassificationSeed
{
    public static async Task SeedAsync(IDocumentStore store, DateTimeOffset at, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        if (!await session.Query<Rubriek>().AnyAsync(ct))
            foreach (var created in Rubrieken(at))
                session.Events.StartStream<Rubriek>(created.RubriekId, created);
        // Terms the reference list gained since the store was seeded are added; none is changed or brought back, so what
        // coordinators edited or retired stays as they left it.
        var known = (await session.Query<Trefwoord>().Select(t => t.Term).ToListAsync(ct)).Select(Thesaurus.Fold).ToHashSet(StringComparer.Ordinal);
        foreach (var created in Trefwoorden(at).Where(t => !known.Contains(Thesaurus.Fold(t.Term))))
            session.Events.StartStream<Trefwoord>(created.TrefwoordId, created);
        await session.SaveChangesAsync(ct);
    }

    /// <summary>The reference rubrieken, parents before children; the parent of 14.04.01 is 14.04.</summary>
    public static IReadOnlyList<RubriekCreated> Rubrieken(DateTimeOffset at) => Lines("rubrieken.csv").Select(line =>
    {
        var (code, name) = (line[0], line[1]);
        return new RubriekCreated(Guid.CreateVersion7(), code, name, code.Contains('.') ? code[..code.LastIndexOf('.')] : null, Actor.ReferenceData, at);
    }).ToList();

    public static IReadOnlyList<TrefwoordCreated> Trefwoorden(DateTimeOffset at) => Lines("trefwoorden.csv")
        .Select(line => new TrefwoordCreated(Guid.CreateVersion7(), line[0], Split(line[1]), Split(line[2]), Actor.ReferenceData, at)).ToList();

    private static IEnumerable<string[]> Lines(string file)
    {
        using var stream = typeof(ClassificationSeed).Assembly.GetManifestResourceStream($"Classification.{file}")
            ?? throw new InvalidOperationException($"Embedded seed file {file} is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        var lines = new List<string[]>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) lines.Add(line.Split(';'));
        return lines;
    }

    private static List<string> Split(string value) => value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
