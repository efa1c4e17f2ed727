using SocialeKaart.Modules.Contracts.Geography;

namespace SocialeKaart.Modules.Contracts.Directory;

// The sections of a fiche, as stored in events and in the Fiche document. Records compare by value,
// which is how a change that changes nothing is recognised; lists are compared by their JSON (FicheDiff).

/// <summary>HSDS 3.0 organisation/service status values.</summary>
public enum FicheStatus { Active, TemporarilyClosed, Defunct }

public sealed record FicheIdentity(
    string Name, string? ShortName, IReadOnlyList<string> OtherNames, string? LegalForm, string? EnterpriseNumber);

/// <summary>An address as given, with the municipality resolved from the postcode to its 2025 NIS code.</summary>
public sealed record Address(
    string Street, string Number, string? Box, string Postcode, string Locality, string MunicipalityNis, string MunicipalityName)
{
    /// <summary>Street, number and box as written on a letter: "Kortrijksesteenweg 83 bus 2" (a method: not stored or sent).</summary>
    public string StreetLine() => $"{Street} {Number}{(Box is { } box ? " bus " + box : "")}";
}

public sealed record Location(Guid Id, string? Name, Address Address, GeoPoint Point, string? Accessibility, WorkingArea? WorkingArea);

public sealed record Phone(string? Label, string Number);

public sealed record Email(string? Label, string Address);

public sealed record Link(string? Label, string Url);

public sealed record ContactDetails(IReadOnlyList<Phone> Phones, IReadOnlyList<Email> Emails, string? Website, IReadOnlyList<Link> Links);

public sealed record TargetGroup(IReadOnlyList<string> Tags, string? Description);

/// <param name="Cost">What it costs, in the organisation's words.</param>
/// <param name="CostKind">What it costs as a choice people filter on (null: not said).</param>
public sealed record FicheContent(
    string? GeneralOperation, string? Tasks, TargetGroup TargetGroup, string? Registration, string? Cost, IReadOnlyList<string> Languages,
    CostKind? CostKind = null);

/// <summary>What help costs, as people ask it: free, a contribution, depending on income, or paid.</summary>
public enum CostKind { Free, Contribution, IncomeBased, Paid }

public static class CostKinds
{
    /// <summary>The kind as the API and the search index name it: "free", "incomeBased".</summary>
    public static string Key(this CostKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}

public enum ScheduleKind { OpeningHours, ConsultationHours, TelephoneHours }

public static class ScheduleKinds
{
    /// <summary>The kind as people read it: "Openingsuren", "Consultatie-uren", "Telefonisch bereikbaar".</summary>
    public static string Title(this ScheduleKind kind) => kind switch
    {
        ScheduleKind.ConsultationHours => "Consultatie-uren",
        ScheduleKind.TelephoneHours => "Telefonisch bereikbaar",
        _ => "Openingsuren",
    };
}

/// <summary>One weekly time slot: "dinsdag 09:00-12:00", optionally only by appointment.</summary>
public sealed record WeeklySlot(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes, bool ByAppointment);

/// <summary>A dated exception: closed (holiday), or other hours for that period.</summary>
public sealed record ScheduleException(DateOnly From, DateOnly To, bool Closed, IReadOnlyList<WeeklySlot> Slots, string? Note);

/// <summary>A weekly schedule of one kind, for the whole organisation or one location.</summary>
public sealed record Schedule(
    ScheduleKind Kind, Guid? LocationId, IReadOnlyList<WeeklySlot> Weekly, IReadOnlyList<ScheduleException> Exceptions,
    bool OnlyByAppointment, string? Note);

public sealed record Recognition(string Authority, string Type, string? Number, DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record Person(Guid Id, string Name, string? Function, string? Phone, string? Email);

public sealed record Activity(Guid Id, string Name, string? Description, IReadOnlyList<string> Rubrieken, WorkingArea? WorkingArea);

public sealed record CareProvider(string Name, string? RizivNumber);

public sealed record Discipline(string Name, IReadOnlyList<CareProvider> Providers);

public sealed record HealthPractice(IReadOnlyList<Discipline> Disciplines);

/// <summary>How an area relates to the offer: where it is established, where it visits people at home, whom else it serves.</summary>
public enum AreaKind { EstablishedIn, VisitsAtHomeIn, AlsoServesPeopleFrom }

public sealed record AreaEntry(AreaKind Kind, PlaceRef Place);

/// <summary>The working area (werkingsgebied): distinct from the address; a set of areas of several kinds.</summary>
public sealed record WorkingArea(IReadOnlyList<AreaEntry> Areas, IReadOnlyList<string> MunicipalityNisCodes);
