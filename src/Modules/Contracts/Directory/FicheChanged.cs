namespace SocialeKaart.Modules.Contracts.Directory;

/// <summary>
/// Published by Directory, in the same transaction as the events it appends, whenever a fiche changes.
/// Carries everything other modules may search or show, as of <paramref name="Version"/> (the fiche stream's
/// version after the change), so a consumer can ignore stale or repeated copies.
/// </summary>
public sealed record FicheChanged(Guid FicheId, long Version, FicheSnapshot Fiche, DateTimeOffset At);

/// <summary>
/// The searchable content of a fiche. Statuses are HSDS values: active, temporarilyClosed, defunct. <c>Attribution</c> is what
/// must be shown with the fiche wherever it appears (its register's licence asks for it), or null. <c>Languages</c> are the
/// languages spoken (ISO 639-1 codes); <c>Hours</c> the organisation's opening hours, for "Nu open" (null when unknown);
/// <c>Cost</c> the kind of cost as the API names it (free, contribution, incomeBased, paid), or null.
/// </summary>
public sealed record FicheSnapshot(
    string Name, string? ShortName, IReadOnlyList<string> OtherNames, string Status, Guid? ParentId,
    IReadOnlyList<FicheSnapshotLocation> Locations, IReadOnlyList<string> PersonNames, IReadOnlyList<FicheSnapshotActivity> Activities,
    IReadOnlyList<string> TargetGroups, string? TargetGroupText, string? GeneralOperation, string? Tasks,
    IReadOnlyList<string> Rubrieken, IReadOnlyList<string> Trefwoorden, IReadOnlyList<string> WorkingAreaNis, DateTimeOffset? VerifiedAt,
    string? Attribution = null, IReadOnlyList<string>? Languages = null, FicheSnapshotHours? Hours = null, string? Cost = null);

/// <summary>The opening hours a fiche is open by (walk-in slots and dated exceptions), in Belgian local time.</summary>
public sealed record FicheSnapshotHours(IReadOnlyList<WeeklySlot> Weekly, IReadOnlyList<ScheduleException> Exceptions);

public sealed record FicheSnapshotLocation(
    string Street, string Postcode, string Locality, string MunicipalityNis, string MunicipalityName, double Lat, double Lon);

public sealed record FicheSnapshotActivity(string Name, string? Description, IReadOnlyList<string> Rubrieken, IReadOnlyList<string> WorkingAreaNis);
