using SocialeKaart.Modules.Contracts.Geography;

namespace SocialeKaart.Modules.Contracts.Directory;

/// <summary>
/// The complete fiche: the Directory module's published read model (the document GET /api/fiches/{id} serves,
/// and the state every command decides on). Projected inline from the fiche's stream by the Directory module,
/// so it always reflects the last write; other modules read it through <see cref="IFicheDetails"/>.
/// </summary>
public sealed class Fiche
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public FicheIdentity Identity { get; set; } = new("", null, [], null, null);
    public FicheStatus Status { get; set; } = FicheStatus.Active;
    public string? StatusNote { get; set; }
    public DateOnly? ClosedUntil { get; set; }
    public Guid? ParentId { get; set; }
    public List<Location> Locations { get; set; } = [];
    public ContactDetails Contact { get; set; } = new([], [], null, []);
    public FicheContent Content { get; set; } = new(null, null, new TargetGroup([], null), null, null, []);
    public List<Schedule> Schedules { get; set; } = [];
    public List<Recognition> Recognitions { get; set; } = [];
    public string? AdministrativeInfo { get; set; }
    public List<Person> Persons { get; set; } = [];
    public List<Activity> Activities { get; set; } = [];
    public HealthPractice? HealthPractice { get; set; }
    public WorkingArea? WorkingArea { get; set; }
    public List<string> Rubrieken { get; set; } = [];
    public List<string> Trefwoorden { get; set; } = [];
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    public Actor? VerifiedBy { get; set; }

    /// <summary>The register this fiche was imported from, if any: its key there, and the licence its data comes under.</summary>
    public FicheSource? Source { get; set; }

    /// <summary>Convenience for lists and messages: the organisation's name.</summary>
    public string Name => Identity.Name;
}

/// <param name="Register">The register's own name ("ABB Organisatieportaal", "OpenStreetMap").</param>
/// <param name="Key">The record's id in that register (a KBO number, an OSM node), so a re-import finds the fiche again.</param>
/// <param name="Attribution">What must be shown wherever the data is shown ("© OpenStreetMap contributors").</param>
/// <param name="Licence">The licence of the data ("ODbL-1.0"); a share-alike licence keeps it out of mixed exports.</param>
public sealed record FicheSource(string Register, string Key, string Attribution, string Licence)
{
    public bool ShareAlike => Licence.StartsWith("ODbL", StringComparison.Ordinal);
}
