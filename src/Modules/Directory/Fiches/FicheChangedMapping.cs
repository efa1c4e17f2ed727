using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Directory.Fiches;

public static class FicheChangedMapping
{
    public static FicheChanged ToFicheChanged(this OrganisationRegistered e, long version) =>
        new(e.FicheId, version, e.Name, e.Address.Postcode, e.Address.Municipality, e.At);

    public static FicheChanged ToFicheChanged(this Fiche fiche, OrganisationRenamed e, long version) =>
        new(fiche.Id, version, e.Name, fiche.Address.Postcode, fiche.Address.Municipality, e.At);
}
