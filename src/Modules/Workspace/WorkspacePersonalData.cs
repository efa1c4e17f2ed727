using SocialeKaart.Modules.Workspace.Exports;
using SocialeKaart.Modules.Workspace.Favourites;
using SocialeKaart.Modules.Workspace.Notes;
using SocialeKaart.Modules.Workspace.Searches;

namespace SocialeKaart.Modules.Workspace;

/// <summary>
/// Everything a professional kept here goes with their account. Deleting the data key first is what makes their notes
/// unreadable in any backup too; the sealed notes are deleted as well.
/// </summary>
public sealed class WorkspacePersonalData(IDocumentStore store) : IPersonalDataErasure
{
    public async Task<int> EraseAsync(PersonalDataSubject person, CancellationToken ct)
    {
        if (person.AccountId is not { } id) return 0;
        await using var session = store.LightweightSession();
        session.Delete<UserKey>(id);
        session.DeleteWhere<PrivateNote>(n => n.AccountId == id);
        session.DeleteWhere<Favourite>(f => f.AccountId == id);
        session.DeleteWhere<SavedSearch>(s => s.AccountId == id);
        var exports = await session.Query<ExportRequest>().Where(e => e.AccountId == id).Select(e => e.Id).ToListAsync(ct);
        foreach (var export in exports) session.Delete<ExportFile>(export);
        session.DeleteWhere<ExportRequest>(e => e.AccountId == id);
        await session.SaveChangesAsync(ct);
        return 1;
    }
}
