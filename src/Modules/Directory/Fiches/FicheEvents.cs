namespace SocialeKaart.Modules.Directory.Fiches;

// The fiche's event stream is its audit log forever. Once released: add fields, never rename or reuse.
// Section events carry the section's complete new value, so each one reads on its own in the history.

/// <summary>Every fiche event says who caused it, when, and (where a person gave one) why.</summary>
public interface IFicheEvent
{
    Guid FicheId { get; }
    Actor By { get; }
    DateTimeOffset At { get; }

    /// <summary>Why the change was made, as the person gave it; shown in the history.</summary>
    string? Reason { get; }
}

public sealed record OrganisationRegistered(Guid FicheId, string Name, Location Location, string Phone, Actor By, DateTimeOffset At) : IFicheEvent
{
    string? IFicheEvent.Reason => null;
}

public sealed record OrganisationRenamed(Guid FicheId, string Name, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;

public sealed record IdentityChanged(Guid FicheId, FicheIdentity Identity, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;

public sealed record LocationsChanged(Guid FicheId, IReadOnlyList<Location> Locations, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;

public sealed record ContactDetailsChanged(Guid FicheId, ContactDetails Contact, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;

public sealed record ContentChanged(Guid FicheId, FicheContent Content, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;

public sealed record OpeningHoursChanged(Guid FicheId, IReadOnlyList<Schedule> Schedules, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;

public sealed record RecognitionsChanged(
    Guid FicheId, IReadOnlyList<Recognition> Recognitions, string? AdministrativeInfo, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;

/// <summary>Names and contact details of people: masked by data erasure (DirectoryModule's masking rules).</summary>
public sealed record PersonsChanged(Guid FicheId, IReadOnlyList<Person> Persons, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;

public sealed record ActivitiesChanged(Guid FicheId, IReadOnlyList<Activity> Activities, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;

/// <summary>Care providers are people: masked by data erasure like persons.</summary>
public sealed record HealthPracticeChanged(Guid FicheId, HealthPractice? Practice, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;

public sealed record WorkingAreaChanged(Guid FicheId, WorkingArea? WorkingArea, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;

public sealed record RubriekenAssigned(Guid FicheId, IReadOnlyList<string> Codes, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;

public sealed record TrefwoordenAssigned(Guid FicheId, IReadOnlyList<string> Terms, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;

public sealed record ParentOrganisationChanged(Guid FicheId, Guid? ParentId, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;

public sealed record FicheClosedTemporarily(Guid FicheId, DateOnly? Until, string Reason, Actor By, DateTimeOffset At) : IFicheEvent;

public sealed record FicheReopened(Guid FicheId, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;

public sealed record FicheMarkedDefunct(Guid FicheId, string Reason, Actor By, DateTimeOffset At) : IFicheEvent;

/// <summary>
/// The personal data of the fiche's persons and care providers was erased: earlier events were masked, and
/// from here on the fiche lists no persons. Carries no personal data itself.
/// </summary>
public sealed record PersonalDataErased(Guid FicheId, string Reason, Actor By, DateTimeOffset At) : IFicheEvent;

/// <summary>A person confirmed the fiche is correct: sets verified_at, distinct from the last technical change.</summary>
public sealed record FicheVerified(Guid FicheId, string? Note, Actor By, DateTimeOffset At) : IFicheEvent
{
    string? IFicheEvent.Reason => Note;
}

/// <summary>The fiche was imported from a register: the record it mirrors there, so a re-import updates it instead of adding another.</summary>
public sealed record FicheSourceLinked(Guid FicheId, FicheSource Source, Actor By, DateTimeOffset At) : IFicheEvent
{
    string? IFicheEvent.Reason => $"Overgenomen uit {Source.Register}.";
}
