using JasperFx.Events;
using Marten.Events.Aggregation;

namespace SocialeKaart.Modules.Directory.Fiches;

/// <summary>Keeps the Fiche document in step with its stream, inside the transaction that appends the events.</summary>
public sealed partial class FicheProjection : SingleStreamProjection<Fiche, Guid>
{
    public override Fiche? Evolve(Fiche? snapshot, Guid id, IEvent e)
    {
        var fiche = FicheEvolution.Apply(snapshot, e.Data);
        fiche.Version = (int)e.Version;
        return fiche;
    }
}
