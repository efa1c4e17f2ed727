namespace SocialeKaart.Modules.Directory.Fiches;

/// <summary>The write model: only what the decisions on a fiche need. Rebuilt live from the stream.</summary>
public sealed class Fiche
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public PostalAddress Address { get; set; } = null!;

    public static Fiche Create(OrganisationRegistered e) => new() { Id = e.FicheId, Name = e.Name, Address = e.Address };

    public void Apply(OrganisationRenamed e) => Name = e.Name;
}
