using Marten;
using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Search.Indexing;

public static class FicheChangedHandler
{
    public static async Task Handle(FicheChanged message, IDocumentSession session, CancellationToken ct)
    {
        var current = await session.LoadAsync<FicheSearchEntry>(message.FicheId, ct);
        if (current is not null && current.Version >= message.Version) return;
        session.Store(new FicheSearchEntry
        {
            Id = message.FicheId,
            Version = message.Version,
            Name = message.Name,
            Postcode = message.Postcode,
            Municipality = message.Municipality,
            ChangedAt = message.At,
        });
    }
}
