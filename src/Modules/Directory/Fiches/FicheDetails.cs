using Marten.Events.Aggregation;
using SocialeKaart.Modules.Contracts;

namespace SocialeKaart.Modules.Directory.Fiches;

/// <summary>The full public fiche, as served by GET /api/fiches/{id}. Updated inline, in the appending transaction.</summary>
public sealed class FicheDetails
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public PostalAddress Address { get; set; } = null!;
    public string Phone { get; set; } = "";
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
}

public sealed partial class FicheDetailsProjection : SingleStreamProjection<FicheDetails, Guid>
{
    public static FicheDetails Create(OrganisationRegistered e) => new()
    {
        Id = e.FicheId,
        Name = e.Name,
        Address = e.Address,
        Phone = e.Phone,
        RegisteredAt = e.At,
        LastChangedAt = e.At,
    };

    public void Apply(OrganisationRenamed e, FicheDetails fiche)
    {
        fiche.Name = e.Name;
        fiche.LastChangedAt = e.At;
    }
}
