using System.Text.RegularExpressions;

namespace SocialeKaart.Modules.Directory.DataSet.Registers;

/// <summary>
/// Reads the common part of OpenStreetMap's opening_hours syntax ("Mo-Fr 08:00-12:30,13:30-18:30; Sa 08:30-12:30; Su off")
/// into weekly slots. Later rules replace the days they name, as in OSM. Public-holiday rules (PH) are left out: the
/// fiche's schedule has no holiday calendar. Anything else (months, weeks, sunrise, comments) makes the whole value
/// unreadable: then null, because wrong opening hours are worse than none.
/// </summary>
public static partial class OsmOpeningHours
{
    private static readonly string[] DayCodes = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    public static IReadOnlyList<WeeklySlot>? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (text == "24/7") return DayCodes.Select(d => new WeeklySlot(Day(d), TimeOnly.MinValue, new TimeOnly(23, 59), false)).ToList();
        var week = new Dictionary<DayOfWeek, List<WeeklySlot>>();
        // "…19:00, Sa 08:30-12:15" is a common slip for "; Sa".
        foreach (var rule in RuleSeparator().Split(text).Select(r => r.Trim()).Where(r => r.Length > 0))
        {
            var match = Rule().Match(rule);
            if (!match.Success) return null;
            var days = match.Groups["days"].Success ? Days(match.Groups["days"].Value) : DayCodes.Select(Day).ToList();
            if (days is null) return null;
            if (days.Count == 0) continue; // a public-holiday rule
            var times = match.Groups["times"].Value.Trim();
            var slots = new List<(TimeOnly Opens, TimeOnly Closes)>();
            if (times is not ("off" or "closed"))
                foreach (var span in times.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var s = Span().Match(span);
                    if (!s.Success) return null;
                    var opens = Time(s.Groups[1].Value);
                    var closes = s.Groups[2].Value == "24:00" ? new TimeOnly(23, 59) : Time(s.Groups[2].Value);
                    if (opens is null || closes is null) return null;
                    if (closes <= opens) continue; // "08:30-08:30" or past midnight: not a slot we can show truthfully
                    slots.Add((opens.Value, closes.Value));
                }
            foreach (var day in days)
                week[day] = slots.Select(s => new WeeklySlot(day, s.Opens, s.Closes, false)).ToList();
        }
        var all = DayCodes.Select(Day).SelectMany(d => week.GetValueOrDefault(d) ?? []).ToList();
        return all.Count == 0 ? null : all;
    }

    // Null: not a day list we understand. Empty: public holidays only.
    private static List<DayOfWeek>? Days(string list)
    {
        var days = new List<DayOfWeek>();
        foreach (var item in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (item is "PH" or "SH") continue;
            var range = item.Split('-', StringSplitOptions.TrimEntries);
            var from = Array.IndexOf(DayCodes, range[0]);
            var to = range.Length == 2 ? Array.IndexOf(DayCodes, range[1]) : from;
            if (from < 0 || to < 0 || range.Length > 2) return null;
            for (var i = from; ; i = (i + 1) % 7)
            {
                days.Add(Day(DayCodes[i]));
                if (i == to) break;
            }
        }
        return days;
    }

    private static DayOfWeek Day(string code) => (DayOfWeek)((Array.IndexOf(DayCodes, code) + 1) % 7);

    private static TimeOnly? Time(string hhmm) =>
        TimeOnly.TryParseExact(hhmm.Length == 4 ? "0" + hhmm : hhmm, "HH:mm", out var time) ? time : null;

    [GeneratedRegex(@";|(?<=\d),\s*(?=(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)\b)")]
    private static partial Regex RuleSeparator();

    [GeneratedRegex(@"^(?:(?<days>(?:Mo|Tu|We|Th|Fr|Sa|Su|PH|SH)(?:\s*[-,]\s*(?:Mo|Tu|We|Th|Fr|Sa|Su|PH|SH))*)\s*)?(?<times>off|closed|[0-9:,\-\s]+)$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^([0-9]{1,2}:[0-9]{2})\s*-\s*([0-9]{1,2}:[0-9]{2})$")]
    private static partial Regex Span();
}
