using SocialeKaart.Modules.Directory.Fiches;

namespace SocialeKaart.Modules.Directory.Validation;

/// <summary>Opening, consultation and telephone hours: slots that end after they start and never overlap.</summary>
public static class ScheduleRules
{
    public const int MaxSchedules = 20;
    public const int MaxSlots = 70;
    public const int MaxExceptions = 100;
    public const int NoteMax = 500;

    public static InputErrors CheckSchedules(this InputErrors errors, string field, IReadOnlyList<Schedule>? schedules, IReadOnlyCollection<Guid> locationIds)
    {
        if (schedules is null) return errors.Add(field, "Dit veld is verplicht (een lege lijst mag).");
        return errors.Each(field, schedules, MaxSchedules, (schedule, path) =>
        {
            if (schedule.LocationId is { } location && !locationIds.Contains(location))
                errors.Add($"{path}.locationId", "Deze vestiging hoort niet bij de fiche.");
            errors.Optional($"{path}.note", schedule.Note, NoteMax);
            errors.CheckSlots($"{path}.weekly", schedule.Weekly);
            errors.Each($"{path}.exceptions", schedule.Exceptions, MaxExceptions, (exception, exceptionPath) =>
            {
                if (exception.To < exception.From)
                    errors.Add($"{exceptionPath}.to", "De einddatum ligt voor de begindatum.");
                if (exception.Closed && exception.Slots is { Count: > 0 })
                    errors.Add($"{exceptionPath}.slots", "Een sluitingsperiode heeft geen uren.");
                errors.Optional($"{exceptionPath}.note", exception.Note, NoteMax);
                errors.CheckSlots($"{exceptionPath}.slots", exception.Slots);
            });
        });
    }

    /// <summary>A checked schedule in its stored form: slots in weekly order, missing lists empty, notes trimmed.</summary>
    public static Schedule Clean(Schedule schedule) => schedule with
    {
        Weekly = Order(schedule.Weekly),
        Exceptions = (schedule.Exceptions ?? []).OrderBy(e => e.From)
            .Select(e => e with { Slots = Order(e.Slots), Note = SectionRules.Trim(e.Note) }).ToList(),
        Note = SectionRules.Trim(schedule.Note),
    };

    // Monday first, as people read a week in Belgium.
    private static List<WeeklySlot> Order(IReadOnlyList<WeeklySlot>? slots) =>
        (slots ?? []).OrderBy(s => ((int)s.Day + 6) % 7).ThenBy(s => s.Opens).ToList();

    private static void CheckSlots(this InputErrors errors, string field, IReadOnlyList<WeeklySlot>? slots)
    {
        if (slots is null) return;
        errors.Each(field, slots, MaxSlots, (slot, path) =>
        {
            if (!Enum.IsDefined(slot.Day)) errors.Add($"{path}.day", "Onbekende dag.");
            if (slot.Closes <= slot.Opens) errors.Add($"{path}.closes", $"Het einduur ({slot.Closes:HH\\:mm}) moet na het beginuur ({slot.Opens:HH\\:mm}) liggen.");
        });
        var ordered = slots.Select((slot, index) => (slot, index)).Where(x => x.slot is not null && x.slot.Closes > x.slot.Opens)
            .OrderBy(x => x.slot.Day).ThenBy(x => x.slot.Opens).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (previous, current) = (ordered[i - 1].slot, ordered[i].slot);
            if (previous.Day == current.Day && current.Opens < previous.Closes)
                errors.Add($"{field}[{ordered[i].index}]",
                    $"Overlapt met {previous.Opens:HH\\:mm}-{previous.Closes:HH\\:mm} op dezelfde dag.");
        }
    }
}
