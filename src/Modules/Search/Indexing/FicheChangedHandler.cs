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
            Name = message.Fiche.Name,
            Postcode = message.Fiche.Locations.FirstOrDefault()?.Postcode ?? "",
            Municipality = message.Fiche.Locations.FirstOrDefault()?.MunicipalityName ?? "",
            ChangedAt = message.At,
        });
    }
}
