using SocialeKaart.Modules.Directory.Fiches;
using SocialeKaart.Modules.Directory.Fiches.Sections;

namespace SocialeKaart.Modules.Directory.DataSet;

/// <summary>
/// One organisation to load, invented or imported from a register (then <see cref="Source"/> says which record), expressed as the commands a coordinator would send: the loader runs them
/// through the same checks and decisions as the API, so the data set is made of real events.
/// </summary>
public sealed record GeneratedFiche(
    Guid Id, int Index, string Profile, Guid? ParentId, DateTimeOffset At,
    RegisterOrganisation Registration, FicheIdentity Identity, ContactDetails Contact, FicheContent Content,
    IReadOnlyList<Schedule> Schedules, IReadOnlyList<Recognition> Recognitions, IReadOnlyList<PersonInput> Persons,
    IReadOnlyList<ActivityInput> Activities, HealthPractice? HealthPractice, WorkingAreaInput? WorkingArea,
    IReadOnlyList<string> Rubrieken, IReadOnlyList<string> Trefwoorden, FicheStatus Status, string? StatusReason,
    DateTimeOffset? VerifiedAt, FicheSource? Source = null);
