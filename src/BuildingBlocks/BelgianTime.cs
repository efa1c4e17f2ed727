namespace SocialeKaart.BuildingBlocks;

/// <summary>Belgian local time (summer and winter time included), whatever the server's own time zone: what people read.</summary>
public static class BelgianTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static DateTimeOffset Of(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);
}
