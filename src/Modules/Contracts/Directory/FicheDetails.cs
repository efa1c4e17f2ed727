namespace SocialeKaart.Modules.Contracts.Directory;

/// <summary>
/// Whether an organisation is open at a moment, in words a visitor reads ("Nu open tot 17:00"), and the hours of that
/// day ("Vandaag 09:00–12:00 en 13:00–17:00", "Vandaag gesloten"; null when no hours are known).
/// </summary>
public sealed record OpeningStatus(bool Open, bool ByAppointment, TimeOnly? Until, DateTimeOffset? NextOpening, string Label, string? Today = null);

/// <summary>Another fiche named on a fiche's page (its parent or children).</summary>
public sealed record FicheLink(Guid Id, string Name);

/// <summary>A fiche as the public site shows it: the fiche, open-now, its family, and the names of its rubrieken.</summary>
public sealed record PublishedFiche(
    Fiche Fiche, OpeningStatus OpenNow, FicheLink? Parent, IReadOnlyList<FicheLink> Children, IReadOnlyDictionary<string, string> RubriekNames);

/// <summary>
/// What a result card shows besides the search hit: a short description, a phone number, open-now (null when no hours are
/// known), rubrieken, and the street and number of the first address ("Kortrijksesteenweg 83 bus 2").
/// </summary>
public sealed record FicheSummary(string? ShortDescription, string? Phone, OpeningStatus? OpenNow, IReadOnlyList<string> Rubrieken, string? Street = null);

/// <summary>The Directory module's query contract for pages that show fiches.</summary>
public interface IFicheDetails
{
    /// <summary>The fiche with this id, or null when there is none. Defunct fiches are returned too: the page says so.</summary>
    Task<PublishedFiche?> GetAsync(Guid id, DateTimeOffset now, CancellationToken ct);

    /// <summary>Every fiche that is not defunct, with its name and last change, for the sitemap.</summary>
    IAsyncEnumerable<(Guid Id, string Name, DateTimeOffset LastChangedAt)> AllPublishedAsync(CancellationToken ct);

    /// <summary>Card details for a page of results, in one read; ids that do not exist are left out.</summary>
    Task<IReadOnlyDictionary<Guid, FicheSummary>> SummariesAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken ct);

    /// <summary>The fiches with these ids (defunct ones too), in one read; ids that do not exist are left out.</summary>
    Task<IReadOnlyDictionary<Guid, Fiche>> ManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);
}

public static class FicheDetailsReads
{
    /// <summary>The fiche read model alone (defunct ones too), or null: for checks and decisions, without the page's extras.</summary>
    public static async Task<Fiche?> FicheAsync(this IFicheDetails details, Guid id, CancellationToken ct) =>
        (await details.ManyAsync([id], ct)).GetValueOrDefault(id);
}
