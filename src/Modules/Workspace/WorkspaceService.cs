using SocialeKaart.Modules.Workspace.Favourites;
using SocialeKaart.Modules.Workspace.Notes;
using SocialeKaart.Modules.Workspace.Searches;

namespace SocialeKaart.Modules.Workspace;

/// <param name="Exists">False when the fiche no longer exists as such (removed or defunct): shown as "deze fiche is verwijderd".</param>
public sealed record FavouriteLine(Guid FicheId, string Name, bool Exists, DateTimeOffset AddedAt);

public sealed record NoteLine(Guid FicheId, string FicheName, string Text, DateTimeOffset UpdatedAt);

/// <param name="New">Fiches in the result now that were not there at the previous run (null at the first run).</param>
public sealed record SavedSearchRun(Guid Id, string Name, string Url, int Total, int? New);

/// <summary>Favourites, private notes and saved searches of one professional. Nobody else's data is ever read here.</summary>
public sealed class WorkspaceService(
    IDocumentStore store, IFicheDetails fiches, IQuickSearch quick, IAdvancedSearch advanced, NoteCipher cipher, Exports.ExportService exports, TimeProvider clock)
    : IWorkspace
{
    public const int NoteMax = 4000;
    public const int NameMax = 100;
    public const int MaxSavedSearches = 100;

    public async Task<FicheWorkspace> ForFicheAsync(Guid accountId, Guid ficheId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var favourite = await session.LoadAsync<Favourite>(Favourite.IdOf(accountId, ficheId), ct) is not null;
        var note = await session.LoadAsync<PrivateNote>(Favourite.IdOf(accountId, ficheId), ct);
        var key = note is null ? null : await session.LoadAsync<UserKey>(accountId, ct);
        return new FicheWorkspace(favourite, note is null || key is null ? null : cipher.OpenNote(key, ficheId, note.Sealed));
    }

    public async Task<WorkspaceOutcome> SetFavouriteAsync(Guid accountId, Guid ficheId, bool favourite, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var id = Favourite.IdOf(accountId, ficheId);
        if (!favourite) session.Delete<Favourite>(id);
        else
        {
            var fiche = await fiches.FicheAsync(ficheId, ct);
            if (fiche is null) return WorkspaceOutcome.Refused("ficheId", "Deze organisatie bestaat niet.", 404);
            session.Store(new Favourite { Id = id, AccountId = accountId, FicheId = ficheId, FicheName = fiche.Name, AddedAt = clock.GetUtcNow() });
        }
        await session.SaveChangesAsync(ct);
        return WorkspaceOutcome.Ok;
    }

    public async Task<WorkspaceOutcome> SaveNoteAsync(Guid accountId, Guid ficheId, string? text, CancellationToken ct)
    {
        if (text is { Length: > NoteMax }) return WorkspaceOutcome.Refused("note", $"Een notitie heeft hoogstens {NoteMax} tekens.");
        var fiche = await fiches.FicheAsync(ficheId, ct);
        if (fiche is null) return WorkspaceOutcome.Refused("ficheId", "Deze organisatie bestaat niet; een notitie kan alleen bij een bestaande fiche.", 404);
        await using var session = store.LightweightSession();
        var id = Favourite.IdOf(accountId, ficheId);
        if (string.IsNullOrWhiteSpace(text)) session.Delete<PrivateNote>(id);
        else
        {
            var key = await session.LoadAsync<UserKey>(accountId, ct);
            if (key is null) session.Store(key = cipher.NewUserKey(accountId, clock.GetUtcNow()));
            session.Store(new PrivateNote
            {
                Id = id, AccountId = accountId, FicheId = ficheId, FicheName = fiche.Name,
                Sealed = cipher.SealNote(key, ficheId, text.Trim()), UpdatedAt = clock.GetUtcNow(),
            });
        }
        await session.SaveChangesAsync(ct);
        return WorkspaceOutcome.Ok;
    }

    public async Task<WorkspaceOutcome> SaveSearchAsync(Guid accountId, string? name, SavedSearchDefinition search, CancellationToken ct)
    {
        var errors = new InputErrors().Required("name", name, NameMax)
            .Check(search.Url.StartsWith('/') && !search.Url.StartsWith("//", StringComparison.Ordinal) && search.Url.Length <= 2000, "url", "Dit is geen zoekopdracht van deze site.")
            .Check((search.Kind == SavedSearchKind.Quick) == (search.Quick is not null) && (search.Kind == SavedSearchKind.Advanced) == (search.Advanced is not null),
                "search", "Geef de zoekopdracht mee.");
        if (errors.Any) return new WorkspaceOutcome(false, errors.ByField, 400);
        await using var session = store.LightweightSession();
        if (await session.Query<SavedSearch>().CountAsync(s => s.AccountId == accountId, ct) >= MaxSavedSearches)
            return WorkspaceOutcome.Refused("name", $"Je kan hoogstens {MaxSavedSearches} zoekopdrachten bewaren; verwijder er eerst een.");
        // The query must run now, or it could never run later.
        if (await RunQueryAsync(search, ct) is null) return WorkspaceOutcome.Refused("search", "Deze zoekopdracht kan niet uitgevoerd worden.");
        session.Store(new SavedSearch { Id = Guid.CreateVersion7(), AccountId = accountId, Name = name!.Trim(), Search = search, SavedAt = clock.GetUtcNow() });
        await session.SaveChangesAsync(ct);
        return WorkspaceOutcome.Ok;
    }

    public async Task<WorkspaceOutcome> RequestExportAsync(Guid accountId, string email, string? format, SavedSearchDefinition search, string siteUrl, CancellationToken ct)
    {
        Exports.ExportFormat? chosen = format?.ToLowerInvariant() switch { "csv" => Exports.ExportFormat.Csv, "hsds" => Exports.ExportFormat.Hsds, _ => null };
        var (_, outcome) = await exports.RequestAsync(accountId, email, new Exports.ExportForm(chosen, search.Kind, search.Quick, search.Advanced, search.Url), siteUrl, ct);
        return outcome;
    }

    public async Task<IReadOnlyList<FavouriteLine>> FavouritesAsync(Guid accountId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var favourites = await session.Query<Favourite>().Where(f => f.AccountId == accountId).OrderBy(f => f.FicheName).ToListAsync(ct);
        var current = await fiches.ManyAsync(favourites.Select(f => f.FicheId).ToList(), ct);
        // A defunct organisation is gone as far as referring goes, though its page still says what it was.
        return favourites.Select(f => current.TryGetValue(f.FicheId, out var fiche)
            ? new FavouriteLine(f.FicheId, fiche.Name, fiche.Status != FicheStatus.Defunct, f.AddedAt)
            : new FavouriteLine(f.FicheId, f.FicheName, false, f.AddedAt)).ToList();
    }

    public async Task<IReadOnlyList<NoteLine>> NotesAsync(Guid accountId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var key = await session.LoadAsync<UserKey>(accountId, ct);
        if (key is null) return [];
        var notes = await session.Query<PrivateNote>().Where(n => n.AccountId == accountId).OrderBy(n => n.FicheName).ToListAsync(ct);
        return notes.Select(n => new NoteLine(n.FicheId, n.FicheName, cipher.OpenNote(key, n.FicheId, n.Sealed), n.UpdatedAt)).ToList();
    }

    public async Task<IReadOnlyList<SavedSearch>> SavedSearchesAsync(Guid accountId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<SavedSearch>().Where(s => s.AccountId == accountId).OrderBy(s => s.Name).ToListAsync(ct);
    }

    /// <summary>Runs a saved search live and remembers what it found, to count the new ones next time.</summary>
    public async Task<SavedSearchRun?> RunAsync(Guid accountId, Guid id, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var saved = await session.LoadAsync<SavedSearch>(id, ct);
        if (saved is null || saved.AccountId != accountId) return null;
        var found = await RunQueryAsync(saved.Search, ct) ?? [];
        int? fresh = saved.LastRunAt is null ? null : found.Count(f => !saved.SeenAtLastRun.Contains(f));
        (saved.LastRunAt, saved.SeenAtLastRun, saved.LastTotal) = (clock.GetUtcNow(), found, found.Count);
        session.Store(saved);
        await session.SaveChangesAsync(ct);
        return new SavedSearchRun(saved.Id, saved.Name, saved.Search.Url, found.Count, fresh);
    }

    public async Task<bool> DeleteSearchAsync(Guid accountId, Guid id, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var saved = await session.LoadAsync<SavedSearch>(id, ct);
        if (saved is null || saved.AccountId != accountId) return false;
        session.Delete(saved);
        await session.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Every fiche id the search finds now (from its map points, which cover the whole result), or null when it cannot run.</summary>
    private async Task<List<Guid>?> RunQueryAsync(SavedSearchDefinition search, CancellationToken ct)
    {
        if (search.Quick is { } q)
        {
            var outcome = await quick.SearchAsync(q with { Page = 1, PageSize = 1, Points = true }, ct);
            return outcome.Response?.Points?.Select(p => p.Id).ToList();
        }
        var advancedOutcome = await advanced.SearchAsync(search.Advanced! with { Page = 1, PageSize = 1, Points = true }, ct);
        return advancedOutcome.Response?.Points?.Select(p => p.Id).ToList();
    }
}
