using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.Modules.Directory.Classification;
using SocialeKaart.Modules.Directory.Fiches;
using Wolverine.Marten.Publishing;

namespace SocialeKaart.Modules.Directory.DataSet;

/// <summary>What was loaded, and how fast.</summary>
public sealed record DataSetReport(int Seed, int Fiches, long Events, double Seconds)
{
    public double FichesPerSecond => Fiches / Seconds;
    public double EventsPerSecond => Events / Seconds;
}

/// <summary>Which generated data set a store holds, so a second start does not load it again.</summary>
public sealed class DataSetManifest
{
    public const string TheId = "dataset";
    public string Id { get; set; } = TheId;
    public int Seed { get; set; }
    public int Fiches { get; set; }
    public long Events { get; set; }
    public double Seconds { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
}

/// <summary>
/// Appends a generated data set as fiche streams, in batches, each batch one transaction together with the
/// FicheChanged messages it causes (Wolverine's outbox): the same events and messages the API would produce.
/// </summary>
public sealed class DataSetLoader(IServiceProvider services, IDocumentStore store, IGeography geography, TimeProvider clock)
{
    public const int BatchSize = 500;

    public async Task<DataSetReport> LoadAsync(int seed, int fiches, Action<int>? progress, CancellationToken ct)
    {
        await ClassificationSeed.SeedAsync(store, clock.GetUtcNow(), ct);
        List<Rubriek> rubrieken;
        List<Trefwoord> thesaurus;
        await using (var query = store.QuerySession())
        {
            rubrieken = (await query.Query<Rubriek>().Where(r => !r.Retired).ToListAsync(ct)).ToList();
            thesaurus = (await query.Query<Trefwoord>().Where(t => !t.Retired).ToListAsync(ct)).ToList();
        }
        var parents = rubrieken.Select(r => r.ParentCode).ToHashSet();
        var leaves = rubrieken.Where(r => !parents.Contains(r.Code) && r.Code.Contains('.')).OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => (r.Code, r.Name)).ToList();
        var codes = rubrieken.Select(r => r.Code).ToHashSet();

        var watch = Stopwatch.StartNew();
        long events = 0;
        var loaded = 0;
        foreach (var batch in new FicheGenerator(seed, fiches, geography, leaves).Generate().Chunk(BatchSize))
        {
            await using var scope = services.CreateAsyncScope();
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            await using var session = scope.ServiceProvider.GetRequiredService<OutboxedSessionFactory>().OpenSession(bus);
            foreach (var fiche in batch)
            {
                var stream = GeneratedFicheEvents.Decide(fiche, geography, codes, thesaurus);
                session.Events.StartStream<Fiche>(fiche.Id, stream.ToArray());
                var final = stream.Aggregate((Fiche?)null, FicheEvolution.Apply)!;
                await bus.PublishAsync(final.ToFicheChanged(stream.Count, fiche.At));
                events += stream.Count;
            }
            await session.SaveChangesAsync(ct);
            loaded += batch.Length;
            progress?.Invoke(loaded);
        }
        var report = new DataSetReport(seed, loaded, events, watch.Elapsed.TotalSeconds);
        await using (var session = store.LightweightSession())
        {
            session.Store(new DataSetManifest
            {
                Seed = seed, Fiches = report.Fiches, Events = report.Events, Seconds = report.Seconds, LoadedAt = clock.GetUtcNow(),
            });
            await session.SaveChangesAsync(ct);
        }
        return report;
    }
}
