namespace SocialeKaart.Modules.Contracts.Directory;

/// <summary>Whether an organisation is open at a moment, in words a visitor reads ("Nu open tot 17:00").</summary>
public sealed record OpeningStatus(bool Open, bool ByAppointment, TimeOnly? Until, DateTimeOffset? NextOpening, string Label);

/// <summary>Another fiche named on a fiche's page (its parent or children).</summary>
public sealed record FicheLink(Guid Id, string Name);

/// <summary>A fiche as the public site shows it: the fiche, open-now, its family, and the names of its rubrieken.</summary>
public sealed record PublishedFiche(
    Fiche Fiche, OpeningStatus OpenNow, FicheLink? Parent, IReadOnlyList<FicheLink> Children, IReadOnlyDictionary<string, string> RubriekNames);

/// <summary>The Directory module's query contract for pages that show one fiche.</summary>
public interface IFicheDetails
{
    /// <summary>The fiche with this id, or null when there is none. Defunct fiches are returned too: the page says so.</summary>
    Task<PublishedFiche?> GetAsync(Guid id, DateTimeOffset now, CancellationToken ct);
}
