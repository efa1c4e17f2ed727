using SocialeKaart.Modules.Directory.Fiches;
using SocialeKaart.Modules.Directory.Fiches.Sections;

namespace SocialeKaart.Modules.Directory.DataSet.Registers;

/// <summary>
/// One organisation as a register describes it, before it becomes a fiche. Registers are not as tidy as our
/// rules: an e-mail or web address our rules refuse is left out (and counted), never the whole organisation.
/// </summary>
public sealed record RegisterRecord(
    FicheSource Source, string Kind, string Name, string? ShortName, IReadOnlyList<string> OtherNames,
    string Street, string Number, string? Box, string Postcode, string Locality, GeoPoint? Point,
    string? Phone, string? Email, string? Website, string Rubriek, IReadOnlyList<string> Trefwoorden,
    string Operation, string? Tasks, IReadOnlyList<string> TargetGroups, string? Registration, string? Cost,
    IReadOnlyList<WeeklySlot>? OpeningHours, string? HoursNote, IReadOnlyList<string> WorkingAreaNis, bool Active, string? EnterpriseNumber,
    Guid? ParentId = null)
{
    /// <summary>The fiche id follows from the register and the record's key: a re-import finds the same fiche.</summary>
    public Guid FicheId => IdFor(Source.Register, Source.Key);

    public static Guid IdFor(string register, string key) => DeterministicIds.For($"socialekaart-register:{register}:{key}");

    /// <summary>The record as the commands a coordinator would send; contact details our rules refuse are dropped.</summary>
    public GeneratedFiche ToFiche(int index, DateTimeOffset at)
    {
        var email = Email is { } e && ContactRules.IsEmail(e.Trim()) ? e.Trim() : null;
        var website = Website is { } w && ContactRules.IsWebAddress(Normalise(w)) ? Normalise(w) : null;
        var schedules = OpeningHours is { Count: > 0 } slots
            ? new List<Schedule> { new(ScheduleKind.OpeningHours, null, slots, [], false, HoursNote) }
            : [];
        var area = WorkingAreaNis.Select(nis => new AreaInput(AreaKind.EstablishedIn, PlaceKind.Municipality, nis)).ToList();
        return new GeneratedFiche(FicheId, index, Kind, ParentId, at,
            new RegisterOrganisation(Name, new AddressInput(Street, Number, Box, Postcode, Locality), Phone, Point),
            new FicheIdentity(Name, ShortName, OtherNames, null, EnterpriseNumber),
            new ContactDetails([new Phone(null, Phone!)], email is null ? [] : [new Email(null, email)], website, []),
            new FicheContent(Operation, Tasks, new TargetGroup(TargetGroups, null), Registration, Cost, ["nl"]),
            schedules, [], [], [], null, area.Count == 0 ? null : new WorkingAreaInput(area),
            [Rubriek], Trefwoorden, Active ? FicheStatus.Active : FicheStatus.Defunct,
            Active ? null : $"Niet actief volgens {Source.Register}.", null, Source);
    }

    private static string Normalise(string url)
    {
        var u = url.Trim();
        return u.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || u.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? u : "https://" + u;
    }
}
