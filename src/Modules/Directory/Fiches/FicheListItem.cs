using JasperFx.Events;
using Marten.Events.Aggregation;

namespace SocialeKaart.Modules.Directory.Fiches;

/// <summary>
/// One row of the public list of fiches. Projected asynchronously by the daemon: a list may trail the
/// fiche itself by a moment, and building it must never slow down or fail a write.
/// </summary>
public sealed class FicheListItem
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Postcode { get; set; } = "";
    public string Municipality { get; set; } = "";
    public FicheStatus Status { get; set; }
    public Guid? ParentId { get; set; }
}

public sealed partial class FicheListItemProjection : SingleStreamProjection<FicheListItem, Guid>
{
    public FicheListItemProjection() => IncludeType<IFicheEvent>();

    public override FicheListItem? Evolve(FicheListItem? item, Guid id, IEvent e)
    {
        if (e.Data is not IFicheEvent) return item;
        item ??= new FicheListItem { Id = id };
        switch (e.Data)
        {
            case OrganisationRegistered r: (item.Name, item.Postcode, item.Municipality) = (r.Name, r.Location.Address.Postcode, r.Location.Address.MunicipalityName); break;
            case OrganisationRenamed r: item.Name = r.Name; break;
            case IdentityChanged r: item.Name = r.Identity.Name; break;
            case LocationsChanged { Locations.Count: > 0 } r: (item.Postcode, item.Municipality) = (r.Locations[0].Address.Postcode, r.Locations[0].Address.MunicipalityName); break;
            case ParentOrganisationChanged r: item.ParentId = r.ParentId; break;
            case FicheClosedTemporarily: item.Status = FicheStatus.TemporarilyClosed; break;
            case FicheReopened: item.Status = FicheStatus.Active; break;
            case FicheMarkedDefunct: item.Status = FicheStatus.Defunct; break;
        }
        return item;
    }
}
