namespace SocialeKaart.Modules.Contracts.Directory;

/// <summary>
/// Published by Directory, in the same transaction as the events it appends, whenever a fiche changes.
/// Version is the fiche stream's version after the change, so a consumer can ignore stale or repeated copies.
/// </summary>
public sealed record FicheChanged(Guid FicheId, long Version, string Name, string Postcode, string Municipality, DateTimeOffset At);
