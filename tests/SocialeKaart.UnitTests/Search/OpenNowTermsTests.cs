using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Search.Engine;

namespace SocialeKaart.UnitTests.Search;

public sealed class OpenNowTermsTests
{
    private static FicheSnapshotHours Hours(IReadOnlyList<WeeklySlot> weekly, params ScheduleException[] exceptions) => new(weekly, exceptions);

    private static WeeklySlot Slot(DayOfWeek day, int fromH, int fromM, int toH, int toM, bool appointment = false) =>
        new(day, new TimeOnly(fromH, fromM), new TimeOnly(toH, toM), appointment);

    // Open at a moment, as both engines ask it: the week's quarter and no exception that day, or the exception's quarter.
    private static bool OpenAt(FicheSnapshotHours hours, DateTime local)
    {
        var terms = OpenNowTerms.Of(hours).ToHashSet();
        var at = OpenNowTerms.At(local);
        return terms.Contains(at.Week) && !terms.Contains(at.Date) || terms.Contains(at.DateQuarter);
    }

    [Theory]
    [InlineData(9, 0, true)]
    [InlineData(11, 59, true)]
    [InlineData(12, 0, false)]   // closes at 12:00
    [InlineData(8, 59, false)]
    [InlineData(13, 5, false)]   // the afternoon starts 13:10: rounded inwards to 13:15
    [InlineData(13, 15, true)]
    [InlineData(16, 50, false)]  // ends 16:50: the quarter from 16:45 is not counted
    public void walk_in_hours_are_rounded_inwards_to_the_quarter(int hour, int minute, bool open)
    {
        var hours = Hours([Slot(DayOfWeek.Monday, 9, 0, 12, 0), Slot(DayOfWeek.Monday, 13, 10, 16, 50)]);
        Assert.Equal(open, OpenAt(hours, new DateTime(2026, 11, 30, hour, minute, 0))); // a Monday
    }

    [Fact]
    public void by_appointment_is_not_open_and_other_days_are_closed()
    {
        var hours = Hours([Slot(DayOfWeek.Monday, 9, 0, 12, 0, appointment: true), Slot(DayOfWeek.Tuesday, 9, 0, 12, 0)]);
        Assert.False(OpenAt(hours, new DateTime(2026, 11, 30, 10, 0, 0)));
        Assert.True(OpenAt(hours, new DateTime(2026, 12, 1, 10, 0, 0)));
        Assert.False(OpenAt(hours, new DateTime(2026, 12, 2, 10, 0, 0)));
    }

    [Fact]
    public void a_closing_exception_closes_and_an_exception_with_other_hours_opens_by_those()
    {
        var hours = Hours([Slot(DayOfWeek.Thursday, 9, 0, 17, 0)],
            new ScheduleException(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 26), true, [], "Kerstmis"),
            new ScheduleException(new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 31), false, [Slot(DayOfWeek.Thursday, 9, 0, 12, 0)], "Oudejaar"));
        Assert.True(OpenAt(hours, new DateTime(2026, 12, 17, 15, 0, 0)));   // an ordinary Thursday
        Assert.False(OpenAt(hours, new DateTime(2026, 12, 24, 10, 0, 0)));  // closed for Christmas
        Assert.True(OpenAt(hours, new DateTime(2026, 12, 31, 10, 0, 0)));   // the morning only
        Assert.False(OpenAt(hours, new DateTime(2026, 12, 31, 15, 0, 0)));
    }

    [Fact]
    public void until_midnight_counts_the_last_quarter_and_no_hours_is_never_open()
    {
        var allDay = Hours(Enum.GetValues<DayOfWeek>().Select(d => Slot(d, 0, 0, 23, 59)).ToList());
        Assert.True(OpenAt(allDay, new DateTime(2026, 12, 2, 23, 50, 0)));
        Assert.True(OpenAt(allDay, new DateTime(2026, 12, 2, 0, 0, 0)));
        Assert.Empty(OpenNowTerms.Of(null));
    }
}
