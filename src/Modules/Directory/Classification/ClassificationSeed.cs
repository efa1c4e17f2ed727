using Marten;
using SocialeKaart.Modules.Contracts;

namespace SocialeKaart.Modules.Directory.Classification;

/// <summary>
/// The initial rubriek tree (296 rubrieken under 18 domains) and trefwoorden thesaurus, appended as events
/// when the store has none yet. Seed/*.csv holds them; after seeding coordinators maintain both through the API.
/// </summary>
public static class ClassificationSeed
{
    public static async Task SeedAsync(IDocumentStore store, DateTimeOffset at, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        if (!await session.Query<Rubriek>().AnyAsync(ct))
            foreach (var line in Lines("rubrieken.csv"))
            {
                var (code, name) = (line[0], line[1]);
                var parent = code.Contains('.') ? code[..code.LastIndexOf('.')] : null;
                var id = Guid.CreateVersion7();
                session.Events.StartStream<Rubriek>(id, new RubriekCreated(id, code, name, parent, Actor.ReferenceData, at));
            }
        if (!await session.Query<Trefwoord>().AnyAsync(ct))
            foreach (var line in Lines("trefwoorden.csv"))
            {
                var id = Guid.CreateVersion7();
                session.Events.StartStream<Trefwoord>(id, new TrefwoordCreated(id, line[0], Split(line[1]), Split(line[2]), Actor.ReferenceData, at));
            }
        await session.SaveChangesAsync(ct);
    }

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
