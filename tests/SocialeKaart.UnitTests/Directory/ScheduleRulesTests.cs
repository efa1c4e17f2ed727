using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Directory.Fiches;
using SocialeKaart.Modules.Directory.Validation;

namespace SocialeKaart.UnitTests.Directory;

public sealed class ScheduleRulesTests
{
    private static WeeklySlot Slot(DayOfWeek day, string opens, string closes) => new(day, TimeOnly.Parse(opens), TimeOnly.Parse(closes), false);

    private static Schedule Week(params WeeklySlot[] slots) => new(ScheduleKind.OpeningHours, null, slots, [], false, null);

    private static IReadOnlyDictionary<string, string[]> Errors(params Schedule[] schedules)
    {
        var problem = new InputErrors().CheckSchedules("schedules", schedules, []).ToProblem();
        return (problem as Microsoft.AspNetCore.Http.HttpValidationProblemDetails)?.Errors.AsReadOnly() ?? new Dictionary<string, string[]>().AsReadOnly();
    }

    [Fact]
    public void a_normal_week_with_a_lunch_break_is_fine() =>
        Assert.Empty(Errors(Week(Slot(DayOfWeek.Monday, "09:00", "12:00"), Slot(DayOfWeek.Monday, "13:00", "17:00"), Slot(DayOfWeek.Tuesday, "09:00", "12:00"))));

    [Fact]
    public void a_slot_ending_before_it_starts_is_refused_on_its_closing_time()
    {
        var errors = Errors(Week(Slot(DayOfWeek.Monday, "17:00", "09:00")));
        Assert.Contains("schedules[0].weekly[0].closes", errors.Keys);
    }

    [Fact]
    public void overlapping_slots_on_the_same_day_are_refused_naming_the_later_one()
    {
        var errors = Errors(Week(Slot(DayOfWeek.Monday, "09:00", "12:30"), Slot(DayOfWeek.Monday, "12:00", "17:00")));
        Assert.Contains("schedules[0].weekly[1]", errors.Keys);
    }

    [Fact]
    public void the_same_hours_on_different_days_do_not_overlap() =>
        Assert.Empty(Errors(Week(Slot(DayOfWeek.Monday, "09:00", "12:00"), Slot(DayOfWeek.Tuesday, "09:00", "12:00"))));

    [Fact]
    public void an_exception_ending_before_it_starts_is_refused()
    {
        var closure = new ScheduleException(new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 24), true, [], "Kerstvakantie");
        var errors = Errors(new Schedule(ScheduleKind.OpeningHours, null, [], [closure], false, null));
        Assert.Contains("schedules[0].exceptions[0].to", errors.Keys);
    }

    [Fact]
    public void a_schedule_for_a_location_of_another_fiche_is_refused()
    {
        var problem = new InputErrors().CheckSchedules("schedules",
            [new Schedule(ScheduleKind.ConsultationHours, Guid.NewGuid(), [], [], true, null)], [Guid.NewGuid()]).ToProblem();
        Assert.Contains("schedules[0].locationId", ((Microsoft.AspNetCore.Http.HttpValidationProblemDetails)problem).Errors.Keys);
    }

    [Fact]
    public void cleaning_orders_the_week_from_monday()
    {
        var cleaned = ScheduleRules.Clean(Week(Slot(DayOfWeek.Sunday, "10:00", "12:00"), Slot(DayOfWeek.Monday, "13:00", "14:00"), Slot(DayOfWeek.Monday, "09:00", "10:00")));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Monday, DayOfWeek.Sunday], cleaned.Weekly.Select(s => s.Day));
        Assert.Equal(new TimeOnly(9, 0), cleaned.Weekly[0].Opens);
    }
}
