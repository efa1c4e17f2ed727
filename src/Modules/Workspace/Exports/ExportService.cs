using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Marten;

namespace SocialeKaart.Modules.Workspace.Exports;

public sealed record ExportForm(ExportFormat? Format, SavedSearchKind? Kind, QuickSearchQuery? Quick, AdvancedSearchQuery? Advanced, string? Url);

/// <summary>
/// Accepts an export of at most <see cref="MaxRows"/> fiches, queues it, and later checks the mailed link: signed,
/// time-limited, and only for the account that asked.
/// </summary>
public sealed class ExportService(
    IDocumentStore store, IQuickSearch quick, IAdvancedSearch advanced, IDataProtectionProvider protection, IServiceScopeFactory scopes, TimeProvider clock)
{
    public const int MaxRows = 500;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);
    private readonly ITimeLimitedDataProtector _links = protection.CreateProtector("SocialeKaart.Workspace.ExportLink").ToTimeLimitedDataProtector();

    public async Task<(ExportRequest? Export, WorkspaceOutcome Outcome)> RequestAsync(Guid accountId, string email, ExportForm form, string siteUrl, CancellationToken ct)
    {
        var errors = new InputErrors().Check(form.Format is not null, "format", "Kies csv of hsds.")
            .Check(form.Kind is SavedSearchKind.Quick ? form.Quick is not null : form.Kind is SavedSearchKind.Advanced && form.Advanced is not null,
                "search", "Geef de zoekopdracht mee (quick of advanced).");
        if (errors.Any) return (null, new WorkspaceOutcome(false, errors.ByField, 400));
        var search = new SavedSearchDefinition(form.Kind!.Value, form.Url is { } url && url.StartsWith('/') && !url.StartsWith("//") ? url : "/zoeken", form.Quick, form.Advanced);
        var total = await CountAsync(search, ct);
        if (total is null) return (null, WorkspaceOutcome.Refused("search", "Deze zoekopdracht kan niet uitgevoerd worden."));
        if (total == 0) return (null, WorkspaceOutcome.Refused("search", "Deze zoekopdracht vindt niets om te exporteren."));
        if (total > MaxRows)
            return (null, WorkspaceOutcome.Refused("search", $"Je zoekopdracht vindt {total} organisaties; een export bevat er hoogstens {MaxRows}. Verfijn je zoekopdracht (gemeente, rubriek) en probeer opnieuw."));

        var export = new ExportRequest
        {
            Id = Guid.CreateVersion7(), AccountId = accountId, Email = email, Format = form.Format!.Value, Search = search, SiteUrl = siteUrl,
            RequestedAt = clock.GetUtcNow(), Status = ExportStatus.Pending, Count = total.Value, ExpiresAt = clock.GetUtcNow() + Lifetime,
        };
        // The request and the message that produces it commit together (Wolverine's outbox on this Marten session).
        using var scope = scopes.CreateScope();
        await using var session = store.LightweightSession();
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        outbox.Enroll(session);
        session.Store(export);
        await outbox.PublishAsync(new ProduceExport(export.Id));
        await session.SaveChangesAsync(ct);
        return (export, WorkspaceOutcome.Ok);
    }

    public string LinkToken(ExportRequest export) => _links.Protect($"{export.Id}|{export.AccountId}", export.ExpiresAt);

    /// <summary>The file when this signed-in account may have it; otherwise the status to answer (403, 404, 410).</summary>
    public async Task<(ExportRequest? Export, byte[]? Content, int Status)> DownloadAsync(Guid id, string? token, Guid accountId, CancellationToken ct)
    {
        string payload;
        try { payload = _links.Unprotect(token ?? ""); }
        catch (System.Security.Cryptography.CryptographicException) { return (null, null, StatusCodes.Status410Gone); } // tampered or expired
        var parts = payload.Split('|');
        if (parts.Length != 2 || parts[0] != id.ToString()) return (null, null, StatusCodes.Status404NotFound);
        if (parts[1] != accountId.ToString()) return (null, null, StatusCodes.Status403Forbidden);
        await using var session = store.QuerySession();
        var export = await session.LoadAsync<ExportRequest>(id, ct);
        if (export is null || export.ExpiresAt <= clock.GetUtcNow()) return (null, null, StatusCodes.Status410Gone);
        var file = await session.LoadAsync<ExportFile>(id, ct);
        return file is null ? (export, null, StatusCodes.Status404NotFound) : (export, file.Content, StatusCodes.Status200OK);
    }

    private async Task<int?> CountAsync(SavedSearchDefinition search, CancellationToken ct) => search.Kind == SavedSearchKind.Quick
        ? (await quick.SearchAsync(search.Quick! with { Page = 1, PageSize = 1, Points = false }, ct)).Response?.Total
        : (await advanced.SearchAsync(search.Advanced! with { Page = 1, PageSize = 1, Points = false }, ct)).Response?.Total;
}
