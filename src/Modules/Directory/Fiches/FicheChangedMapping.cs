using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Directory.Fiches;

public static class FicheChangedMapping
{
    public static FicheChanged ToFicheChanged(this Fiche fiche, long version, DateTimeOffset at) => new(fiche.Id, version, fiche.ToSnapshot(), at);

    /// <summary>
    /// What other modules may know of a fiche. The area it serves is the union of its working areas and the
    /// municipalities of its own addresses: an organisation is always findable where it is established.
    /// </summary>
    public static FicheSnapshot ToSnapshot(this Fiche fiche)
    {
        var area = fiche.Locations.Select(l => l.Address.MunicipalityNis)
            .Concat(fiche.WorkingArea?.MunicipalityNisCodes ?? [])
            .Concat(fiche.Locations.SelectMany(l => l.WorkingArea?.MunicipalityNisCodes ?? []))
            .Concat(fiche.Activities.SelectMany(a => a.WorkingArea?.MunicipalityNisCodes ?? []))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return new FicheSnapshot(
            fiche.Identity.Name, fiche.Identity.ShortName, fiche.Identity.OtherNames,
            fiche.Status switch { FicheStatus.TemporarilyClosed => "temporarilyClosed", FicheStatus.Defunct => "defunct", _ => "active" },
            fiche.ParentId,
            fiche.Locations.Select(l => new FicheSnapshotLocation(l.Address.Street, l.Address.Postcode, l.Address.Locality,
                l.Address.MunicipalityNis, l.Address.MunicipalityName, l.Point.Lat, l.Point.Lon)).ToList(),
            fiche.Persons.Select(p => p.Name).ToList(),
            fiche.Activities.Select(a => new FicheSnapshotActivity(a.Name, a.Description, a.Rubrieken, a.WorkingArea?.MunicipalityNisCodes ?? [])).ToList(),
            fiche.Content.TargetGroup.Tags, fiche.Content.TargetGroup.Description, fiche.Content.GeneralOperation, fiche.Content.Tasks,
            fiche.Rubrieken, fiche.Trefwoorden, area, fiche.VerifiedAt, fiche.Source?.Attribution, fiche.Content.Languages, Hours(fiche),
            fiche.Content.CostKind?.Key());
    }

    // The hours "Nu open" goes by: those the fiche page shows as "open now", for a fiche that is open at all.
    private static FicheSnapshotHours? Hours(Fiche fiche) =>
        fiche.Status == FicheStatus.Active && OpeningHours.MainSchedule(fiche) is { OnlyByAppointment: false } schedule
            ? new FicheSnapshotHours(schedule.Weekly, schedule.Exceptions) : null;
}
