using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts;
using SocialeKaart.Modules.Contracts.Geography;
using SocialeKaart.Modules.Directory.Fiches;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Marten.Publishing;

namespace SocialeKaart.Modules.Directory.Demo;

/// <summary>
/// Seeds the demo fiches once, when the store holds no fiche yet. Runs after the host has started so
/// Wolverine's outbox is up: the seeded fiches reach other modules exactly like registered ones.
/// </summary>
public sealed class DemoDataSeeder(
    IHostApplicationLifetime lifetime, IServiceProvider services, IGeography geography, TimeProvider clock, ILogger<DemoDataSeeder> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WhenStarted(stoppingToken);
        var store = services.GetRequiredService<IDocumentStore>();
        await using (var query = store.QuerySession())
        {
            if (await query.Query<Fiche>().AnyAsync(stoppingToken))
            {
                logger.LogInformation("Demo data already present; not seeding again");
                return;
            }
        }

        foreach (var fiche in DemoFiches.All)
        {
            await using var scope = services.CreateAsyncScope();
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            await using var session = scope.ServiceProvider.GetRequiredService<OutboxedSessionFactory>().OpenSession(bus);
            var id = Guid.CreateVersion7();
            var registered = RegisterOrganisationEndpoint.Decide(
                fiche, new InputErrors(), geography, id, Actor.DemoSeed, clock.GetUtcNow());
            session.Events.StartStream<Fiche>(id, registered);
            await bus.PublishAsync(FicheEvolution.Apply(null, registered).ToFicheChanged(1, registered.At));
            await session.SaveChangesAsync(stoppingToken);
        }
        logger.LogInformation("Seeded {Count} demo fiches", DemoFiches.All.Count);
    }

    private Task WhenStarted(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        return started.Task;
    }
}
