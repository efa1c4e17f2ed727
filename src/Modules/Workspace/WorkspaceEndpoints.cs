using Microsoft.Extensions.Configuration;
using SocialeKaart.Modules.Workspace.Exports;
using SocialeKaart.Modules.Workspace.Notes;

namespace SocialeKaart.Modules.Workspace;

public sealed record NoteBody(string? Text);

public sealed record SaveSearchBody(string? Name, SavedSearchKind? Kind, string? Url, QuickSearchQuery? Quick, AdvancedSearchQuery? Advanced);

/// <summary>A professional's own tools as JSON. Every endpoint works on the caller's own data only.</summary>
public static class WorkspaceEndpoints
{
    [WolverinePut("/api/favourites/{ficheId}", Name = "AddFavourite")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> AddFavourite(Guid ficheId, IWorkspace workspace, ClaimsPrincipal user, CancellationToken ct) =>
        Answer(await workspace.SetFavouriteAsync(user.AccountId()!.Value, ficheId, true, ct));

    [WolverineDelete("/api/favourites/{ficheId}", Name = "RemoveFavourite")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> RemoveFavourite(Guid ficheId, IWorkspace workspace, ClaimsPrincipal user, CancellationToken ct) =>
        Answer(await workspace.SetFavouriteAsync(user.AccountId()!.Value, ficheId, false, ct));

    [WolverineGet("/api/favourites", Name = "Favourites")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IReadOnlyList<FavouriteLine>> Favourites(WorkspaceService workspace, ClaimsPrincipal user, CancellationToken ct) =>
        await workspace.FavouritesAsync(user.AccountId()!.Value, ct);

    [WolverinePut("/api/notes/{ficheId}", Name = "SaveNote")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> SaveNote(Guid ficheId, NoteBody body, IWorkspace workspace, ClaimsPrincipal user, CancellationToken ct)
    {
        try { return Answer(await workspace.SaveNoteAsync(user.AccountId()!.Value, ficheId, body.Text, ct)); }
        catch (NotesUnavailableException) { return NotesUnavailable(); }
    }

    [WolverineGet("/api/notes/{ficheId}", Name = "Note")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> Note(Guid ficheId, IWorkspace workspace, ClaimsPrincipal user, CancellationToken ct)
    {
        try
        {
            var mine = await workspace.ForFicheAsync(user.AccountId()!.Value, ficheId, ct);
            return mine.Note is null ? Results.Problem(Problems.NotFound("Je hebt geen notitie bij deze fiche.")) : Results.Ok(new { ficheId, text = mine.Note });
        }
        catch (NotesUnavailableException) { return NotesUnavailable(); }
    }

    [WolverinePost("/api/saved-searches", Name = "SaveSearch")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> SaveSearch(SaveSearchBody body, IWorkspace workspace, ClaimsPrincipal user, CancellationToken ct) =>
        Answer(await workspace.SaveSearchAsync(user.AccountId()!.Value, body.Name,
            new SavedSearchDefinition(body.Kind ?? SavedSearchKind.Quick, body.Url ?? "", body.Quick, body.Advanced), ct), StatusCodes.Status201Created);

    [WolverineGet("/api/saved-searches", Name = "SavedSearches")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> SavedSearches(WorkspaceService workspace, ClaimsPrincipal user, CancellationToken ct) =>
        Results.Ok((await workspace.SavedSearchesAsync(user.AccountId()!.Value, ct)).Select(s => new { s.Id, s.Name, url = s.Search.Url, s.LastRunAt, s.LastTotal }));

    [WolverinePost("/api/saved-searches/{id}/run", Name = "RunSavedSearch")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> Run(Guid id, WorkspaceService workspace, ClaimsPrincipal user, CancellationToken ct) =>
        await workspace.RunAsync(user.AccountId()!.Value, id, ct) is { } run ? Results.Ok(run) : Results.Problem(Problems.NotFound("Je hebt geen bewaarde zoekopdracht met dit id."));

    [WolverineDelete("/api/saved-searches/{id}", Name = "DeleteSavedSearch")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> DeleteSearch(Guid id, WorkspaceService workspace, ClaimsPrincipal user, CancellationToken ct) =>
        await workspace.DeleteSearchAsync(user.AccountId()!.Value, id, ct) ? Results.NoContent() : Results.Problem(Problems.NotFound("Je hebt geen bewaarde zoekopdracht met dit id."));

    /// <summary>Queues an export: produced in the background, the link arrives by mail.</summary>
    [WolverinePost("/api/exports", Name = "RequestExport")]
    [Authorize(Policy = AccessPolicies.Professional)]
    public static async Task<IResult> Export(
        ExportForm form, ExportService exports, ClaimsPrincipal user, HttpRequest request, IConfiguration configuration, CancellationToken ct)
    {
        var (export, outcome) = await exports.RequestAsync(user.AccountId()!.Value, user.FindFirstValue(ClaimTypes.Email) ?? "", form, PublicSiteUrl.Of(request, configuration), ct);
        return export is null ? Answer(outcome)
            : Results.Accepted(value: new { export.Id, export.Count, message = "Je krijgt een mail met de link zodra je export klaar is." });
    }

    private static IResult Answer(WorkspaceOutcome outcome, int okStatus = StatusCodes.Status204NoContent)
    {
        if (outcome.Done) return okStatus == StatusCodes.Status204NoContent ? Results.NoContent() : Results.StatusCode(okStatus);
        var problem = InputErrors.From(outcome.Errors).ToProblem();
        problem.Status = outcome.Status;
        if (outcome.Status == StatusCodes.Status404NotFound) problem.Title = "Niet gevonden.";
        return Results.Problem(problem);
    }

    private static IResult NotesUnavailable() => Results.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
    {
        Status = StatusCodes.Status503ServiceUnavailable, Title = "Notities zijn tijdelijk niet beschikbaar.",
        Detail = "De sleutel voor versleutelde notities is niet ingesteld (Workspace:MasterKey).",
    });
}
