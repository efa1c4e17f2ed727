using System.Globalization;

namespace SocialeKaart.BuildingBlocks;

/// <summary>Belgian local time (summer and winter time included), whatever the server's own time zone: what people read.</summary>
public static class BelgianTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>Flemish Dutch, for month names: "8 december", never the server's (invariant) "8 December".</summary>
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static DateTimeOffset Of(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    /// <summary>"8 december 2026": the day in Belgium, as every page and mail writes it.</summary>
    public static string Day(DateTimeOffset moment) => Of(moment).ToString("d MMMM yyyy", Dutch);

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    /// <summary>"8 december 2026 om 20:21": a moment in Belgium, as every page and mail writes it.</summary>
    /// <summary>"maandag": a weekday as pages write it.</summary>
    public static string DayName(DayOfWeek day) => Dutch.DateTimeFormat.GetDayName(day);

    public static string Moment(DateTimeOffset moment) => Of(moment).ToString("d MMMM yyyy 'om' HH:mm", Dutch);
}
