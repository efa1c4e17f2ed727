using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Directory.DataSet.Registers;

namespace SocialeKaart.UnitTests.DataSet;

public sealed class OsmOpeningHoursTests
{
    private static string Show(IReadOnlyList<WeeklySlot>? slots) =>
        slots is null ? "unreadable" : string.Join(" ", slots.Select(s => $"{s.Day.ToString()[..2]} {s.Opens:HH\\:mm}-{s.Closes:HH\\:mm}"));

    [Theory]
    [InlineData("Mo-Fr 08:00-12:30,13:30-18:30; Sa 08:30-12:30",
        "Mo 08:00-12:30 Mo 13:30-18:30 Tu 08:00-12:30 Tu 13:30-18:30 We 08:00-12:30 We 13:30-18:30 Th 08:00-12:30 Th 13:30-18:30 Fr 08:00-12:30 Fr 13:30-18:30 Sa 08:30-12:30")]
    [InlineData("Mo,We-Fr 09:00-12:30; Tu 09:00-12:30,14:00-18:00; Su off", "Mo 09:00-12:30 Tu 09:00-12:30 Tu 14:00-18:00 We 09:00-12:30 Th 09:00-12:30 Fr 09:00-12:30")]
    [InlineData("Mo-Fr 08:30-12:15,13:30-19:00, Sa 08:30-12:15", "Mo 08:30-12:15 Mo 13:30-19:00 Tu 08:30-12:15 Tu 13:30-19:00 We 08:30-12:15 We 13:30-19:00 Th 08:30-12:15 Th 13:30-19:00 Fr 08:30-12:15 Fr 13:30-19:00 Sa 08:30-12:15")]
    [InlineData("Mo-Sa 10:00-18:00; We off; PH off", "Mo 10:00-18:00 Tu 10:00-18:00 Th 10:00-18:00 Fr 10:00-18:00 Sa 10:00-18:00")]
    [InlineData("Sa-Mo 10:00-12:00", "Mo 10:00-12:00 Sa 10:00-12:00 Su 10:00-12:00")]
    [InlineData("Mo-Fr 09:00-12:30,14:00-18:30; Sa,Su,PH off", "Mo 09:00-12:30 Mo 14:00-18:30 Tu 09:00-12:30 Tu 14:00-18:30 We 09:00-12:30 We 14:00-18:30 Th 09:00-12:30 Th 14:00-18:30 Fr 09:00-12:30 Fr 14:00-18:30")]
    [InlineData("Mo 09:00-24:00", "Mo 09:00-23:59")]
    public void common_opening_hours_are_read_with_later_rules_replacing_earlier_days(string osm, string expected) =>
        Assert.Equal(expected, Show(OsmOpeningHours.Parse(osm)));

    [Theory]
    [InlineData("Jul-Aug Mo-Fr 09:00-12:00")]
    [InlineData("Ma-Vr 09:00-18:00")]
    [InlineData("Tijdelijk gesloten")]
    [InlineData("Mo-Fr 9h-18h")]
    [InlineData("Su off")]
    [InlineData("")]
    public void what_cannot_be_read_truthfully_gives_no_hours(string osm) => Assert.Equal("unreadable", Show(OsmOpeningHours.Parse(osm)));

    [Fact]
    public void a_slot_that_ends_before_it_starts_is_left_out() =>
        Assert.Equal("Sa 09:00-12:00", Show(OsmOpeningHours.Parse("Sa 09:00-12:00,19:00-19:00, 22:00-00:30")));
}
