using System.Runtime.CompilerServices;
using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Directory.Fiches;

/// <summary>Streams every fiche (the inline projection of its events) for modules rebuilding what they derive from fiches.</summary>
public sealed class FicheSnapshotSource(IDocumentStore store) : IFicheSnapshots
{
    public async IAsyncEnumerable<(Guid Id, long Version, FicheSnapshot Fiche)> AllAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await using var session = store.QuerySession();
        await foreach (var fiche in session.Query<Fiche>().ToAsyncEnumerable(ct))
            yield return (fiche.Id, fiche.Version, fiche.ToSnapshot());
    }
}
