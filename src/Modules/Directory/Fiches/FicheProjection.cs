using JasperFx.Events;
using Marten.Events.Aggregation;

namespace SocialeKaart.Modules.Directory.Fiches;

/// <summary>Keeps the Fiche document in step with its stream, inside the transaction that appends the events.</summary>
public sealed partial class FicheProjection : SingleStreamProjection<Fiche, Guid>
{
    // Evolve sees no Apply methods to learn the event types from: say which streams' events belong here.
    public FicheProjection() => IncludeType<IFicheEvent>();

    public override Fiche? Evolve(Fiche? snapshot, Guid id, IEvent e)
    {
        if (e.Data is not IFicheEvent) return snapshot;
        var fiche = FicheEvolution.Apply(snapshot, e.Data);
        fiche.Version = (int)e.Version;
        return fiche;
    }
}
