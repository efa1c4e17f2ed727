using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Directory.Fiches;

public static class FicheChangedMapping
{
    public static FicheChanged ToFicheChanged(this Fiche fiche, long version, DateTimeOffset at)
    {
        var address = fiche.Locations.FirstOrDefault()?.Address;
        return new FicheChanged(fiche.Id, version, fiche.Name, address?.Postcode ?? "", address?.MunicipalityName ?? "", at);
    }
}
