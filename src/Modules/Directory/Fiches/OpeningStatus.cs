using System.Globalization;

namespace SocialeKaart.Modules.Directory.Fiches;

/// <summary>
/// Computes "open now" from a fiche's weekly opening hours and dated exceptions, in Belgian local time
/// (summer and winter time included), looking up to two weeks ahead for the next opening.
/// </summary>
public static class OpeningHours
{
    private static readonly TimeZoneInfo Belgium = BelgianTime.Zone;
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");
    private const int LookAheadDays = 14;

    /// <summary>The schedule of a kind for the whole organisation, or else of its first location that has one.</summary>
    public static Schedule? MainSchedule(Fiche fiche, ScheduleKind kind = ScheduleKind.OpeningHours) =>
        fiche.Schedules.FirstOrDefault(s => s.Kind == kind && s.LocationId is null) ?? fiche.Schedules.FirstOrDefault(s => s.Kind == kind);

    public static OpeningStatus At(Fiche fiche, DateTimeOffset moment, ScheduleKind kind = ScheduleKind.OpeningHours)
    {
        if (fiche.Status == FicheStatus.Defunct) return new(false, false, null, null, "Opgeheven");
        var local = TimeZoneInfo.ConvertTime(moment, Belgium);
        if (fiche.Status == FicheStatus.TemporarilyClosed)
            return new(false, false, null, null, fiche.ClosedUntil is { } until ? $"Tijdelijk gesloten tot {until.ToString("d MMMM yyyy", Dutch)}" : "Tijdelijk gesloten");

        var schedule = MainSchedule(fiche, kind);
        if (schedule is null) return new(false, false, null, null, "Geen openingsuren bekend");
        if (schedule.OnlyByAppointment && schedule.Weekly.Count == 0) return new(false, true, null, null, "Enkel op afspraak");

        var today = DateOnly.FromDateTime(local.DateTime);
        var now = TimeOnly.FromDateTime(local.DateTime);
        var (slots, closure) = SlotsOn(schedule, today);
        var todayLabel = Today(slots, closure);
        var current = slots.FirstOrDefault(s => s.Opens <= now && now < s.Closes);
        if (current is not null)
            return new(true, current.ByAppointment, current.Closes, null,
                current.ByAppointment ? $"Nu op afspraak tot {current.Closes:HH\\:mm}" : $"Nu open tot {current.Closes:HH\\:mm}", todayLabel);

        var next = NextOpening(schedule, today, now);
        var prefix = closure is not null ? $"Gesloten ({closure})" : "Nu gesloten";
        if (next is null) return new(false, false, null, null, prefix, todayLabel);
        var (day, opens) = next.Value;
        var when = day == today ? $"vandaag om {opens:HH\\:mm}"
            : day == today.AddDays(1) ? $"morgen om {opens:HH\\:mm}"
            : $"{day.ToString("dddd d MMMM", Dutch)} om {opens:HH\\:mm}";
        var nextLocal = day.ToDateTime(opens);
        return new(false, false, null, new DateTimeOffset(nextLocal, Belgium.GetUtcOffset(nextLocal)), $"{prefix} – opent {when}", todayLabel);
    }

    /// <summary>The day's hours in a line: "Vandaag 09:00–12:00 en 13:00–17:00 (op afspraak)", or why it is closed.</summary>
    private static string Today(IReadOnlyList<WeeklySlot> slots, string? closure)
    {
        if (closure is not null) return $"Vandaag gesloten ({closure})";
        if (slots.Count == 0) return "Vandaag gesloten";
        var parts = slots.Select(s => $"{s.Opens:HH\\:mm}–{s.Closes:HH\\:mm}{(s.ByAppointment ? " (op afspraak)" : "")}").ToList();
        return "Vandaag " + (parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " en " + parts[^1]);
    }

    private static (IReadOnlyList<WeeklySlot> Slots, string? Closure) SlotsOn(Schedule schedule, DateOnly date)
    {
        var exception = schedule.Exceptions.FirstOrDefault(e => e.From <= date && date <= e.To);
        if (exception is { Closed: true }) return ([], exception.Note ?? "uitzonderlijk gesloten");
        var source = exception?.Slots ?? schedule.Weekly;
        return (source.Where(s => s.Day == date.DayOfWeek).OrderBy(s => s.Opens).ToList(), null);
    }

    private static (DateOnly Day, TimeOnly Opens)? NextOpening(Schedule schedule, DateOnly today, TimeOnly now)
    {
        for (var offset = 0; offset <= LookAheadDays; offset++)
        {
            var day = today.AddDays(offset);
            var slot = SlotsOn(schedule, day).Slots.FirstOrDefault(s => offset > 0 || s.Opens > now);
            if (slot is not null) return (day, slot.Opens);
        }
        return null;
    }
}
