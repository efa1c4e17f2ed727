using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.Modules.Directory.DataSet.Registers;
using SocialeKaart.Modules.Directory.Classification;
using SocialeKaart.Modules.Directory.Fiches;
using Wolverine.Marten.Publishing;

namespace SocialeKaart.Modules.Directory.DataSet;

/// <summary>What was loaded, and how fast; <c>Real</c> of the fiches came from the registers in shared/data.</summary>
public sealed record DataSetReport(int Seed, int Fiches, long Events, double Seconds, int Real = 0, string Registers = "")
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
    public int Real { get; set; }
    public string Registers { get; set; } = "";
    public double Seconds { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
}

/// <summary>
/// Loads the data set: first the real registers (<see cref="RealRegisters"/>, when the shared data folder is there),
/// through <see cref="RegisterImport"/>; then generated fiches up to the requested size, as fiche streams in batches,
/// each batch one transaction together with the FicheChanged messages it causes (Wolverine's outbox): the same
/// events and messages the API would produce.
/// </summary>
public sealed class DataSetLoader(IServiceProvider services, IDocumentStore store, IGeography geography, RegisterImport import,
    IConfiguration configuration, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <summary>The real registers, read from the shared data folder; empty without it.</summary>
    public RealRegisters ReadRegisters() => SharedData.Locate(configuration) is { } path ? RealRegisters.Read(path, geography) : RealRegisters.Empty;

    public async Task<DataSetReport> LoadAsync(int seed, int fiches, Action<int>? progress, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await ClassificationSeed.SeedAsync(store, clock.GetUtcNow(), ct);
        var registers = ReadRegisters();
        var real = registers.Fiches.Take(fiches).ToList();
        var imported = await import.ImportAsync(real, ct);
        // A record our rules refuse (a register without a phone number) is left out; generated fiches fill its place.
        var loadedReal = real.Count - imported.Refused;
        progress?.Invoke(loadedReal);
        var generated = await LoadGeneratedAsync(seed, fiches - loadedReal, registers.Coverage, real.Count, progress, ct);
        var summary = imported.Refused == 0 ? registers.Summary : $"{registers.Summary}; {imported.Refused} records refused by our rules";
        var report = new DataSetReport(seed, loadedReal + generated.Fiches, imported.Events + generated.Events, watch.Elapsed.TotalSeconds,
            loadedReal, summary);
        await using (var session = store.LightweightSession())
        {
            session.Store(new DataSetManifest
            {
                Seed = seed, Fiches = report.Fiches, Events = report.Events, Seconds = report.Seconds, LoadedAt = clock.GetUtcNow(),
                Real = report.Real, Registers = report.Registers,
            });
            await session.SaveChangesAsync(ct);
        }
        return report;
    }

    private async Task<(int Fiches, long Events)> LoadGeneratedAsync(
        int seed, int fiches, RegisterCoverage coverage, int firstIndex, Action<int>? progress, CancellationToken ct)
    {
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

        long events = 0;
        var loaded = 0;
        if (fiches <= 0) return (0, 0);
        foreach (var batch in new FicheGenerator(seed, fiches, geography, leaves, coverage, firstIndex).Generate().Chunk(BatchSize))
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
            progress?.Invoke(firstIndex + loaded);
        }
        return (loaded, events);
    }
}
