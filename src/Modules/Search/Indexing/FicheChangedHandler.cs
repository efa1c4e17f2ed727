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
        var entry = new FicheSearchEntry
        {
            Id = message.FicheId,
            Version = message.Version,
            Fiche = message.Fiche,
            RubriekenWithAncestors = [.. await rubrieken.WithAncestorsAsync(message.Fiche.Rubrieken.Concat(message.Fiche.Activities.SelectMany(a => a.Rubrieken)), ct)],
            RubriekNames = await SearchDocument.NamesOf(message.Fiche, rubrieken, ct),
            ChangedAt = message.At,
        };
        session.Store(entry);
        // The index is updated before the ledger commits: if the commit fails, the retry indexes the same version again.
        await engine.UpsertAsync(entry.ToDocument(), ct);
    }
}
