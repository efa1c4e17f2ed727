using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialeKaart.Modules.Directory.DataSet;

/// <summary>
/// Loads the generated data set once, after the host has started (DataSet:Fiches, DataSet:Seed). With
/// DataSet:ExitWhenLoaded the host stops afterwards: that is how the full set and the benchmark are loaded.
/// </summary>
public sealed class DataSetSeeder(
    IHostApplicationLifetime lifetime, IDocumentStore store, DataSetLoader loader, IConfiguration configuration, ILogger<DataSetSeeder> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WhenStarted(stoppingToken);
        var seed = configuration.GetValue("DataSet:Seed", 2025);
        var fiches = configuration.GetValue("DataSet:Fiches", 3000);
        await using (var query = store.QuerySession())
        {
            var manifest = await query.LoadAsync<DataSetManifest>(DataSetManifest.TheId, stoppingToken);
            if (manifest is not null)
            {
                if (manifest.Fiches != fiches || manifest.Seed != seed)
                    logger.LogWarning("This database already holds the data set of {Fiches} fiches (seed {Seed}); not loading {Requested}. Use another database for another size.",
                        manifest.Fiches, manifest.Seed, fiches);
                else logger.LogInformation("Data set of {Fiches} fiches already loaded", manifest.Fiches);
                Finish();
                return;
            }
        }

        logger.LogInformation("Loading the generated data set: {Fiches} fiches, seed {Seed}", fiches, seed);
        var report = await loader.LoadAsync(seed, fiches,
            loaded => { if (loaded % 5000 == 0) logger.LogInformation("{Loaded} fiches loaded", loaded); }, stoppingToken);
        if (report.Real == 0)
            logger.LogWarning("The shared data folder (DataSet:SharedDataPath, default ../shared/data) was not found: the data set is generated only, without real organisations");
        else logger.LogInformation("Real organisations loaded: {Real} ({Registers})", report.Real, report.Registers);
        logger.LogInformation(
            "Data set loaded: {Fiches} fiches, {Events} events in {Seconds:F1} s ({FichesPerSecond:F0} fiches/s, {EventsPerSecond:F0} events/s)",
            report.Fiches, report.Events, report.Seconds, report.FichesPerSecond, report.EventsPerSecond);
        Finish();
    }

    private void Finish()
    {
        if (configuration.GetValue<bool>("DataSet:ExitWhenLoaded")) lifetime.StopApplication();
    }

    private Task WhenStarted(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        return started.Task;
    }
}
