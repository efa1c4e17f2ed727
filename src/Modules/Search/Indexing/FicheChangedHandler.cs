using Marten;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.Modules.Search.Indexing;

public static class FicheChangedHandler
{
    public static async Task Handle(FicheChanged message, IDocumentSession session, ISearchEngine engine, IRubriekTree rubrieken, CancellationToken ct)
    {
        var current = await session.LoadAsync<FicheSearchEntry>(message.FicheId, ct);
        if (current is not null && current.Version >= message.Version) return;
        var document = await SearchDocument.ForAsync(message.FicheId, message.Version, message.Fiche, rubrieken, ct);
        session.Store(FicheSearchEntry.Of(document, message.At));
        // The index is updated before the ledger commits: if the commit fails, the retry indexes the same version again.
        await engine.UpsertAsync(document, ct);
    }
}
