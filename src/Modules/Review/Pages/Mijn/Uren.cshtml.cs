using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using SocialeKaart.Modules.Review.Changes;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>
/// The owner's hours: opening hours, consultation hours and telephone hours, each as a week of days with up to a few
/// time slots ("09:00 tot 12:00, 13:00 tot 17:00"), only by appointment or not, a note, and dated exceptions (closed, or
/// other hours for a period). Hours of one location only stay as they are: the editors keep those.
/// </summary>
public sealed partial class UrenModel(ChangeRequestService changes) : DraftSectionModel(changes)
{
    public override string Section => "schedules";
    public override string Title => "Openingsuren";

    public static readonly IReadOnlyList<ScheduleKind> Kinds = [ScheduleKind.OpeningHours, ScheduleKind.ConsultationHours, ScheduleKind.TelephoneHours];
    public static readonly IReadOnlyList<DayOfWeek> Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    [BindProperty] public List<ScheduleForm> Schedules { get; set; } = [];

    public sealed class ScheduleForm
    {
        public List<DayForm> Days { get; set; } = [];
        public bool OnlyByAppointment { get; set; }
        public string? Note { get; set; }
        public List<ExceptionForm> Exceptions { get; set; } = [];
    }

    public sealed class DayForm
    {
        public List<SlotForm> Slots { get; set; } = [];
        public bool ByAppointment { get; set; }
    }

    public sealed class SlotForm
    {
        public string? Opens { get; set; }
        public string? Closes { get; set; }
    }

    /// <summary>A period: closed, or open from <see cref="Opens"/> to <see cref="Closes"/> on each of its days.</summary>
    public sealed class ExceptionForm
    {
        public string? From { get; set; }
        public string? To { get; set; }
        public bool Closed { get; set; }
        public string? Opens { get; set; }
        public string? Closes { get; set; }
        public string? Note { get; set; }
    }

    public static string KindName(ScheduleKind kind) => kind.Title();

    public static string DayName(DayOfWeek day) => BelgianTime.DayName(day);

    /// <summary>The id of an input of this form: "uren-0-dag-2-slot-1-opens".</summary>
    public static string Id(int kind, string rest) => $"uren-{kind}-{rest}";

    protected override void Show(Fiche draft)
    {
        Schedules = Kinds.Select(kind =>
        {
            var schedule = draft.Schedules.FirstOrDefault(s => s.Kind == kind && s.LocationId is null);
            var weekly = schedule?.Weekly ?? [];
            return new ScheduleForm
            {
                Days = Week.Select(day =>
                {
                    var slots = weekly.Where(s => s.Day == day).OrderBy(s => s.Opens).ToList();
                    return new DayForm
                    {
                        ByAppointment = slots.Count > 0 && slots.All(s => s.ByAppointment),
                        Slots = slots.Select(s => new SlotForm { Opens = Time(s.Opens), Closes = Time(s.Closes) })
                            .Concat(Enumerable.Range(0, Math.Max(2 - slots.Count, 0)).Select(_ => new SlotForm())).ToList(),
                    };
                }).ToList(),
                OnlyByAppointment = schedule?.OnlyByAppointment ?? false,
                Note = schedule?.Note,
                Exceptions = (schedule?.Exceptions ?? []).Select(e => new ExceptionForm
                {
                    From = e.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), To = e.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Closed = e.Closed, Opens = e.Slots.Count > 0 ? Time(e.Slots[0].Opens) : null, Closes = e.Slots.Count > 0 ? Time(e.Slots[0].Closes) : null,
                    Note = e.Note,
                }).Concat([new ExceptionForm(), new ExceptionForm()]).ToList(),
            };
        }).ToList();
    }

    protected override object Read(Fiche draft, InputErrors errors)
    {
        var result = new List<Schedule>();
        // The form always holds every kind and every day: a post without them was not made by it, and would erase hours.
        if (Schedules.Count != Kinds.Count || Schedules.Any(s => s.Days.Count != Week.Count))
        {
            Map("uren", Id(0, "dag-0-slot-0-opens"), Title);
            errors.Add("uren", "Het formulier kwam onvolledig aan; laad de pagina opnieuw en probeer nog eens.");
            Show(draft); // the page shows the draft again, not the torn form
            return result;
        }
        foreach (var (form, k) in Schedules.Select((f, k) => (f, k)))
        {
            var kind = Kinds[k];
            var path = $"schedules[{result.Count}]";
            var weekly = new List<WeeklySlot>();
            foreach (var (day, d) in form.Days.Select((day, d) => (day, d)))
                foreach (var (slot, n) in day.Slots.Select((slot, n) => (slot, n)))
                {
                    if (Text(slot.Opens) is null && Text(slot.Closes) is null) continue;
                    var where = $"{KindName(kind)}, {DayName(Week[d])}";
                    var (opens, closes) = (Id(k, $"dag-{d}-slot-{n}-opens"), Id(k, $"dag-{d}-slot-{n}-closes"));
                    var from = ParseTime(slot.Opens, opens, $"{where}, van", errors);
                    var to = ParseTime(slot.Closes, closes, $"{where}, tot", errors);
                    Map($"{path}.weekly[{weekly.Count}].opens", opens, $"{where}, van");
                    Map($"{path}.weekly[{weekly.Count}].closes", closes, $"{where}, tot");
                    if (from is { } o && to is { } c) weekly.Add(new WeeklySlot(Week[d], o, c, day.ByAppointment));
                }
            var exceptions = new List<ScheduleException>();
            foreach (var (e, x) in form.Exceptions.Select((e, x) => (e, x)))
            {
                if (new[] { e.From, e.To, e.Opens, e.Closes, e.Note }.All(v => Text(v) is null) && !e.Closed) continue;
                var where = $"{KindName(kind)}, uitzondering {x + 1}";
                var at = $"{path}.exceptions[{exceptions.Count}]";
                var from = ParseDate(e.From, Id(k, $"uitzondering-{x}-from"), $"{where}, van", errors);
                var to = Text(e.To) is null ? from : ParseDate(e.To, Id(k, $"uitzondering-{x}-to"), $"{where}, tot en met", errors);
                Map($"{at}.to", Id(k, $"uitzondering-{x}-to"), $"{where}, tot en met");
                Map($"{at}.note", Id(k, $"uitzondering-{x}-note"), $"{where}, uitleg");
                Map($"{at}.slots", Id(k, $"uitzondering-{x}-opens"), $"{where}, uren");
                var slots = new List<WeeklySlot>();
                if (Text(e.Opens) is not null || Text(e.Closes) is not null)
                {
                    var o = ParseTime(e.Opens, Id(k, $"uitzondering-{x}-opens"), $"{where}, van", errors);
                    var c = ParseTime(e.Closes, Id(k, $"uitzondering-{x}-closes"), $"{where}, tot", errors);
                    for (var s = 0; s < Week.Count; s++) Map($"{at}.slots[{s}].closes", Id(k, $"uitzondering-{x}-closes"), $"{where}, tot");
                    if (o is { } opens && c is { } closes) slots.AddRange(Week.Select(day => new WeeklySlot(day, opens, closes, false)));
                }
                else if (!e.Closed)
                {
                    Map(Id(k, $"uitzondering-{x}-closed"), Id(k, $"uitzondering-{x}-closed"), $"{where}, gesloten");
                    errors.Add(Id(k, $"uitzondering-{x}-closed"), "Kies 'Gesloten' of geef de uren van die periode.");
                }
                if (from is { } f && to is { } t) exceptions.Add(new ScheduleException(f, t, e.Closed, slots, Text(e.Note)));
            }
            Map($"{path}.note", Id(k, "note"), $"{KindName(kind)}, uitleg");
            if (weekly.Count > 0 || exceptions.Count > 0 || Text(form.Note) is not null || form.OnlyByAppointment)
                result.Add(new Schedule(kind, null, weekly, exceptions, form.OnlyByAppointment, Text(form.Note)));
        }
        // Hours of one location are the editors': they stay as they are.
        result.AddRange(draft.Schedules.Where(s => s.LocationId is not null));
        return result;
    }

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A time as people type it: "9", "9u", "9:30", "09.30", "9u30", "9h30".</summary>
    private TimeOnly? ParseTime(string? value, string inputId, string label, InputErrors errors)
    {
        var match = TimeText().Match(value?.Trim() ?? "");
        if (match.Success && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is var h and <= 24
            && (match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0) is var m and < 60 && (h < 24 || m == 0))
            return h == 24 ? new TimeOnly(23, 59) : new TimeOnly(h, m);
        Map(inputId, inputId, label);
        errors.Add(inputId, $"Geef een uur zoals 09:00 of 13:30 (niet '{value?.Trim()}').");
        return null;
    }

    private DateOnly? ParseDate(string? value, string inputId, string label, InputErrors errors)
    {
        if (DateAsTyped(value) is { } date) return date;
        Map(inputId, inputId, label);
        errors.Add(inputId, string.IsNullOrWhiteSpace(value) ? "Geef de eerste dag van de periode." : $"Geef een datum zoals 25/12/2026 (niet '{value.Trim()}').");
        return null;
    }

    [GeneratedRegex(@"^([0-9]{1,2})(?:[:.uh]([0-9]{2})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeText();
}
