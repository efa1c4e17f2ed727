using System.Globalization;
using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Search.Engine;

/// <summary>
/// "Nu open" as exact terms, so both engines filter it like any other field and the count is exact (ADR 23). A fiche
/// carries one term per quarter of the week it is open for walk-in ("w1q36": Monday 09:00–09:15), one per date an
/// exception applies to ("d2026-12-24"), and one per quarter an exception opens ("d2026-12-24q40"). Open at a moment
/// is then: (its week quarter and not an exception date) or that date's quarter. Slots are rounded inwards to the
/// quarter (08:50–12:10 counts 09:00–12:00), so "Nu open" never shows an organisation that is closed.
/// </summary>
public static class OpenNowTerms
{
    private const int QuarterMinutes = 15;
    private const int MaxExceptionDays = 366; // a longer exception is indexed for its first year

    /// <summary>The terms of a fiche's hours; none when the hours are unknown or only by appointment.</summary>
    public static IEnumerable<string> Of(FicheSnapshotHours? hours)
    {
        if (hours is null) yield break;
        foreach (var slot in hours.Weekly.Where(s => !s.ByAppointment))
            foreach (var q in Quarters(slot)) yield return Week(slot.Day, q);
        foreach (var exception in hours.Exceptions)
        {
            var last = exception.To < exception.From.AddDays(MaxExceptionDays) ? exception.To : exception.From.AddDays(MaxExceptionDays);
            for (var date = exception.From; date <= last; date = date.AddDays(1))
            {
                yield return Date(date);
                if (exception.Closed) continue;
                foreach (var slot in exception.Slots.Where(s => s.Day == date.DayOfWeek && !s.ByAppointment))
                    foreach (var q in Quarters(slot)) yield return DateQuarter(date, q);
            }
        }
    }

    /// <summary>The three terms a search asks for at a moment in Belgian local time.</summary>
    public static OpenAt At(DateTime local)
    {
        var date = DateOnly.FromDateTime(local);
        var quarter = (local.Hour * 60 + local.Minute) / QuarterMinutes;
        return new OpenAt(Week(local.DayOfWeek, quarter), Date(date), DateQuarter(date, quarter));
    }

    private static IEnumerable<int> Quarters(WeeklySlot slot)
    {
        var first = (slot.Opens.Hour * 60 + slot.Opens.Minute + QuarterMinutes - 1) / QuarterMinutes;
        // "Until 00:00" and "until 23:59" both mean until midnight.
        var closes = slot.Closes == TimeOnly.MinValue || slot.Closes == new TimeOnly(23, 59) ? 24 * 60 : slot.Closes.Hour * 60 + slot.Closes.Minute;
        return Enumerable.Range(first, Math.Max(0, closes / QuarterMinutes - first));
    }

    private static string Week(DayOfWeek day, int quarter) => $"w{(int)day}q{quarter}";
    private static string Date(DateOnly date) => "d" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string DateQuarter(DateOnly date, int quarter) => $"{Date(date)}q{quarter}";
}

/// <summary>A moment as the open-now terms: open when the fiche has <see cref="Week"/> and not <see cref="Date"/>, or has <see cref="DateQuarter"/>.</summary>
public sealed record OpenAt(string Week, string Date, string DateQuarter);
