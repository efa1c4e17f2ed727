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
}

public sealed partial class FicheListItemProjection : SingleStreamProjection<FicheListItem, Guid>
{
    public static FicheListItem Create(OrganisationRegistered e) => new()
    {
        Id = e.FicheId,
        Name = e.Name,
        Postcode = e.Address.Postcode,
        Municipality = e.Address.Municipality,
    };

    public void Apply(OrganisationRenamed e, FicheListItem item) => item.Name = e.Name;
}
