using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Directory.Fiches;

namespace SocialeKaart.UnitTests.Directory;

public sealed class OpeningHoursTests
{
    private static WeeklySlot Slot(DayOfWeek day, int opens, int closes, bool appointment = false) =>
        new(day, new TimeOnly(opens, 0), new TimeOnly(closes, 0), appointment);

    private static Fiche Office(params ScheduleException[] exceptions) => new()
    {
        Schedules =
        [
            new Schedule(ScheduleKind.OpeningHours, null,
                [Slot(DayOfWeek.Monday, 9, 12), Slot(DayOfWeek.Monday, 13, 17), Slot(DayOfWeek.Tuesday, 9, 12), Slot(DayOfWeek.Thursday, 17, 19, appointment: true)],
                exceptions, false, null),
        ],
    };

    // 23 November 2026 is a Monday; Belgium is on winter time (UTC+1).
    private static DateTimeOffset Monday(int hour, int minute = 0) => new(2026, 11, 23, hour, minute, 0, TimeSpan.FromHours(1));

    [Fact]
    public void during_a_slot_it_is_open_until_the_slot_ends()
    {
        var status = OpeningHours.At(Office(), Monday(10, 30));
        Assert.True(status.Open);
        Assert.Equal("Nu open tot 12:00", status.Label);
    }

    [Fact]
    public void over_lunch_it_is_closed_and_reopens_the_same_day()
    {
        var status = OpeningHours.At(Office(), Monday(12, 15));
        Assert.False(status.Open);
        Assert.Equal("Nu gesloten – opent vandaag om 13:00", status.Label);
        Assert.Equal(Monday(13), status.NextOpening);
    }

    [Fact]
    public void the_hours_of_today_are_given_in_one_line_open_or_not()
    {
        Assert.Equal("Vandaag 09:00–12:00 en 13:00–17:00", OpeningHours.At(Office(), Monday(10, 30)).Today);
        Assert.Equal("Vandaag 09:00–12:00 en 13:00–17:00", OpeningHours.At(Office(), Monday(20)).Today);
        // Thursday 26 November: only by appointment; Wednesday: no hours at all.
        Assert.Equal("Vandaag 17:00–19:00 (op afspraak)", OpeningHours.At(Office(), Monday(10).AddDays(3)).Today);
        Assert.Equal("Vandaag gesloten", OpeningHours.At(Office(), Monday(10).AddDays(2)).Today);
        var holiday = new ScheduleException(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23), true, [], "brugdag");
        Assert.Equal("Vandaag gesloten (brugdag)", OpeningHours.At(Office(holiday), Monday(10)).Today);
        Assert.Null(OpeningHours.At(new Fiche(), Monday(10)).Today);
    }

    [Fact]
    public void closing_time_itself_is_already_closed() => Assert.False(OpeningHours.At(Office(), Monday(17)).Open);

    [Fact]
    public void after_hours_the_next_opening_is_tomorrow()
    {
        Assert.Equal("Nu gesloten – opent morgen om 09:00", OpeningHours.At(Office(), Monday(18)).Label);
    }

    [Fact]
    public void a_utc_moment_is_read_in_belgian_time()
    {
        // 08:30 UTC is 09:30 in Brussels in winter.
        Assert.True(OpeningHours.At(Office(), new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero)).Open);
        // 08:30 UTC is 10:30 in Brussels in summer (6 July 2026 is a Monday).
        Assert.True(OpeningHours.At(Office(), new DateTimeOffset(2026, 7, 6, 8, 30, 0, TimeSpan.Zero)).Open);
        Assert.False(OpeningHours.At(Office(), new DateTimeOffset(2026, 7, 6, 6, 30, 0, TimeSpan.Zero)).Open); // 08:30 in Brussels
    }

    [Fact]
    public void a_holiday_closure_overrides_the_week_and_says_why()
    {
        var christmas = new ScheduleException(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 24), true, [], "brugdag");
        var status = OpeningHours.At(Office(christmas), Monday(10));
        Assert.False(status.Open);
        Assert.StartsWith("Gesloten (brugdag) – opent donderdag 26 november om 17:00", status.Label);
    }

    [Fact]
    public void a_slot_by_appointment_says_so()
    {
        var thursday = new DateTimeOffset(2026, 11, 26, 18, 0, 0, TimeSpan.FromHours(1));
        var status = OpeningHours.At(Office(), thursday);
        Assert.True(status.ByAppointment);
        Assert.Equal("Nu op afspraak tot 19:00", status.Label);
    }

    [Fact]
    public void a_temporarily_closed_or_defunct_fiche_is_never_open()
    {
        var closed = Office();
        closed.Status = FicheStatus.TemporarilyClosed;
        closed.ClosedUntil = new DateOnly(2027, 1, 31);
        Assert.Equal("Tijdelijk gesloten tot 31 januari 2027", OpeningHours.At(closed, Monday(10)).Label);
        var defunct = Office();
        defunct.Status = FicheStatus.Defunct;
        Assert.False(OpeningHours.At(defunct, Monday(10)).Open);
    }

    [Fact]
    public void without_opening_hours_nothing_is_claimed() =>
        Assert.Equal("Geen openingsuren bekend", OpeningHours.At(new Fiche(), Monday(10)).Label);
}
