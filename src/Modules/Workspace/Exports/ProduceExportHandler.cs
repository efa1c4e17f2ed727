using Microsoft.Extensions.Logging;
using SocialeKaart.Modules.Contracts.Geography;
using SocialeKaart.Modules.Contracts.Mail;

namespace SocialeKaart.Modules.Workspace.Exports;

/// <summary>
/// Produces an export in the background: runs the search again (at most 500 fiches, in its own order), writes the file,
/// stores it until it expires, and mails the signed link — file and mail in one transaction (Wolverine's outbox).
/// </summary>
public static class ProduceExportHandler
{
    public static async Task Handle(ProduceExport message, IDocumentSession session, IQuickSearch quick, IAdvancedSearch advanced, IFicheDetails fiches,
        IGeography geography, ExportService exports, IMessageBus bus, ILogger<ExportRequest> logger, CancellationToken ct)
    {
        var export = await session.LoadAsync<ExportRequest>(message.ExportId, ct);
        if (export is null || export.Status != ExportStatus.Pending) return; // handled already (a redelivered message)

        var ids = new List<Guid>();
        for (var page = 1; ids.Count < ExportService.MaxRows; page++)
        {
            var hits = export.Search.Kind == SavedSearchKind.Quick
                ? (await quick.SearchAsync(export.Search.Quick! with { Page = page, PageSize = 100, Points = false }, ct)).Response?.Hits
                : (await advanced.SearchAsync(export.Search.Advanced! with { Page = page, PageSize = 100, Points = false }, ct)).Response?.Hits;
            if (hits is null || hits.Count == 0) break;
            ids.AddRange(hits.Select(h => h.Id));
            if (hits.Count < 100) break;
        }
        var chosen = ids.Distinct().Take(ExportService.MaxRows).ToList();
        var loaded = await fiches.ManyAsync(chosen, ct);
        var found = chosen.Where(loaded.ContainsKey).Select(id => loaded[id]).ToList(); // in the search's order

        session.Store(new ExportFile
        {
            Id = export.Id,
            Content = export.Format == ExportFormat.Csv ? CsvExport.Write(found, export.SiteUrl) : HsdsExport.Write(found, export.SiteUrl, geography),
        });
        (export.Status, export.Count) = (ExportStatus.Ready, found.Count);
        session.Store(export);
        await bus.PublishAsync(new SendMail(export.Email, "Je export van de Sociale Kaart staat klaar",
            $"Je export ({found.Count} organisaties, {(export.Format == ExportFormat.Csv ? "CSV voor Excel" : "HSDS 3.0 JSON")}) staat klaar.\n\n" +
            $"Downloaden (aangemeld met je account, tot {BelgianTime.Moment(export.ExpiresAt)}):\n{export.SiteUrl}/werkmap/export/{export.Id}?token={Uri.EscapeDataString(exports.LinkToken(export))}\n\n" +
            "Na die datum wissen we het bestand."));
        logger.LogInformation("Export {Export} produced with {Count} fiches", export.Id, found.Count);
    }
}
