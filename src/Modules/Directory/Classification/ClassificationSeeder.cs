using Microsoft.Extensions.Hosting;

namespace SocialeKaart.Modules.Directory.Classification;

/// <summary>Seeds the rubriek tree and thesaurus on start-up when the store has none (reference data, every environment).</summary>
public sealed class ClassificationSeeder(IDocumentStore store, TimeProvider clock) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => ClassificationSeed.SeedAsync(store, clock.GetUtcNow(), ct);

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
