using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialeKaart.Modules.Workspace.Exports;

/// <summary>Removes expired exports (request and file) every hour: an export is kept seven days, not forever.</summary>
public sealed class ExportCleanup(IDocumentStore store, TimeProvider clock, ILogger<ExportCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try { await RemoveExpiredAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { logger.LogWarning(e, "Removing expired exports failed; trying again in an hour"); }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> RemoveExpiredAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var now = clock.GetUtcNow();
        var expired = await session.Query<ExportRequest>().Where(e => e.ExpiresAt <= now).Select(e => e.Id).ToListAsync(ct);
        foreach (var id in expired)
        {
            session.Delete<ExportRequest>(id);
            session.Delete<ExportFile>(id);
        }
        await session.SaveChangesAsync(ct);
        return expired.Count;
    }
}
