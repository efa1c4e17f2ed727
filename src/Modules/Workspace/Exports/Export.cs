namespace SocialeKaart.Modules.Workspace.Exports;

public enum ExportFormat { Csv, Hsds }

public enum ExportStatus { Pending, Ready, Failed }

/// <summary>
/// An export a professional asked for: produced in the background (ProduceExport), kept until <see cref="ExpiresAt"/>,
/// downloadable only by them through the signed link mailed to them.
/// </summary>
public sealed class ExportRequest
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public string Email { get; set; } = "";
    public ExportFormat Format { get; set; }
    public SavedSearchDefinition Search { get; set; } = new(SavedSearchKind.Quick, "/zoeken", null, null);
    public string SiteUrl { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public ExportStatus Status { get; set; }
    public int Count { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    public string FileName => $"sociale-kaart-{RequestedAt:yyyy-MM-dd}.{(Format == ExportFormat.Csv ? "csv" : "json")}";
    public string ContentType => Format == ExportFormat.Csv ? "text/csv; charset=utf-8" : "application/json";
}

/// <summary>The produced file, apart from the request so listing exports never loads the files.</summary>
public sealed class ExportFile
{
    public Guid Id { get; set; }
    public byte[] Content { get; set; } = [];
}

/// <summary>Wolverine message: produce the file of this export and mail its link (through the durable local queue).</summary>
public sealed record ProduceExport(Guid ExportId);
