using SocialeKaart.Modules.Contracts.Search;

namespace SocialeKaart.Modules.Contracts.Workspace;

/// <summary>What a signed-in professional keeps about one fiche: whether it is a favourite, and their private note.</summary>
public sealed record FicheWorkspace(bool Favourite, string? Note);

public enum SavedSearchKind { Quick, Advanced }

/// <summary>A search as it was asked: the page address to show it again, and the query to re-run it.</summary>
public sealed record SavedSearchDefinition(SavedSearchKind Kind, string Url, QuickSearchQuery? Quick, AdvancedSearchQuery? Advanced);

/// <summary>Done, or why not: errors by field, with the HTTP status that fits (400, 404, 503).</summary>
public sealed record WorkspaceOutcome(bool Done, IReadOnlyDictionary<string, string[]> Errors, int Status = 200)
{
    public static readonly WorkspaceOutcome Ok = new(true, new Dictionary<string, string[]>());

    public static WorkspaceOutcome Refused(string field, string message, int status = 400) =>
        new(false, new Dictionary<string, string[]> { [field] = [message] }, status);
}

/// <summary>The Workspace module's contract for the public pages: the fiche page's heart and note, "save this search".</summary>
public interface IWorkspace
{
    Task<FicheWorkspace> ForFicheAsync(Guid accountId, Guid ficheId, CancellationToken ct);

    Task<WorkspaceOutcome> SetFavouriteAsync(Guid accountId, Guid ficheId, bool favourite, CancellationToken ct);

    /// <summary>Saves (or with an empty text, removes) the private note; encrypted at rest with the person's own key.</summary>
    Task<WorkspaceOutcome> SaveNoteAsync(Guid accountId, Guid ficheId, string? text, CancellationToken ct);

    Task<WorkspaceOutcome> SaveSearchAsync(Guid accountId, string? name, SavedSearchDefinition search, CancellationToken ct);

    /// <summary>Queues an export of at most 500 fiches ("csv" or "hsds"); the signed link arrives by mail at <paramref name="email"/>.</summary>
    Task<WorkspaceOutcome> RequestExportAsync(Guid accountId, string email, string? format, SavedSearchDefinition search, string siteUrl, CancellationToken ct);
}

/// <summary>Notes cannot be read or written: no (valid) master key is configured. Shown as 503, never as a crash.</summary>
public sealed class NotesUnavailableException(string message) : Exception(message);
