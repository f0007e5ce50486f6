using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Catalog;

namespace CaseFlow.Domain.Tests.Calendar;

public sealed class WorkCalendarTests
{
    private static readonly WorkCalendar Calendar = new(CalendarYearData.Shipped());

    // Beijing time is UTC+8 all year; written out here so the tests do not lean on the code under test.
    private static DateTime Beijing(int year, int month, int day, int hour = 0, int minute = 0) =>
        new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-8);

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    private static TimeLimit WorkingDays(int n) => new() { Value = n, Unit = LimitUnit.WorkingDays };

    [Fact]
    public void A_five_working_day_limit_accepted_the_Friday_before_Spring_Festival_is_due_on_27_February()
    {
        var deadline = Calendar.Compute(WorkingDays(5), Beijing(2026, 2, 13, 15, 0));

        deadline.DueDate.ShouldBe(Day(2026, 2, 27));
        deadline.DueAtUtc.ShouldBe(Beijing(2026, 2, 28));
        deadline.OnFallback.ShouldBeFalse();
    }

    [Fact]
    public void The_worked_example_counts_the_make_up_Saturday_and_skips_the_Spring_Festival_days_off()
    {
        var accepted = Day(2026, 2, 12);

        Enumerable.Range(1, 5).Select(n => Calendar.AddWorkingDays(accepted, n))
            .ShouldBe([Day(2026, 2, 13), Day(2026, 2, 14), Day(2026, 2, 24), Day(2026, 2, 25), Day(2026, 2, 26)]);
        Calendar.Compute(WorkingDays(5), Beijing(2026, 2, 12, 9, 0)).DueDate.ShouldBe(Day(2026, 2, 26));
    }

    [Fact]
    public void A_limit_running_over_a_make_up_Saturday_counts_that_Saturday()
    {
        Calendar.AddWorkingDays(Day(2026, 5, 8), 1).ShouldBe(Day(2026, 5, 9));
        Calendar.AddWorkingDays(Day(2025, 10, 10), 1).ShouldBe(Day(2025, 10, 11));
        Calendar.IsWorkingDay(Day(2026, 5, 16)).ShouldBeFalse();
    }

    [Fact]
    public void A_limit_of_zero_working_days_is_due_by_the_midnight_ending_the_day_of_acceptance()
    {
        var deadline = Calendar.Compute(WorkingDays(0), Beijing(2026, 3, 4, 23, 30));

        deadline.DueDate.ShouldBe(Day(2026, 3, 4));
        deadline.DueAtUtc.ShouldBe(Beijing(2026, 3, 5));
    }

    [Fact]
    public void An_excluded_period_moves_a_day_deadline_by_the_working_days_it_covers_only()
    {
        var deadline = Calendar.Compute(WorkingDays(20), Beijing(2026, 3, 2, 10, 0));
        deadline.DueDate.ShouldBe(Day(2026, 3, 30));

        var mondayToThursday = Calendar.Exclude(deadline, LimitUnit.WorkingDays, Beijing(2026, 3, 9, 10, 0), Beijing(2026, 3, 12, 16, 0));
        var thursdayToTuesday = Calendar.Exclude(deadline, LimitUnit.WorkingDays, Beijing(2026, 3, 12, 10, 0), Beijing(2026, 3, 17, 16, 0));

        mondayToThursday.DueDate.ShouldBe(Day(2026, 4, 2));
        mondayToThursday.DueAtUtc.ShouldBe(Beijing(2026, 4, 3));
        thursdayToTuesday.DueDate.ShouldBe(Day(2026, 4, 2));
    }

    [Fact]
    public void An_excluded_period_starting_and_ending_the_same_day_moves_nothing()
    {
        var deadline = Calendar.Compute(WorkingDays(20), Beijing(2026, 3, 2, 10, 0));

        Calendar.Exclude(deadline, LimitUnit.WorkingDays, Beijing(2026, 3, 9, 9, 0), Beijing(2026, 3, 9, 17, 0)).ShouldBe(deadline);
    }

    [Fact]
    public void An_extension_of_ten_working_days_skips_weekends_and_days_off()
    {
        var deadline = Calendar.Compute(WorkingDays(20), Beijing(2026, 9, 1, 10, 0));
        deadline.DueDate.ShouldBe(Day(2026, 9, 29));

        var extended = Calendar.Extend(deadline, WorkingDays(10));

        // Sep 30, then Oct 1–7 off, Oct 8, 9, the make-up Saturday Oct 10, Oct 12–16 and Oct 19.
        extended.DueDate.ShouldBe(Day(2026, 10, 19));
        extended.DueAtUtc.ShouldBe(Beijing(2026, 10, 20));
    }

    [Fact]
    public void A_sixty_calendar_day_limit_ends_on_the_sixtieth_day_or_on_the_next_working_day_after_a_holiday()
    {
        var sixtyDays = new TimeLimit { Value = 60, Unit = LimitUnit.Days };

        Calendar.Compute(sixtyDays, Beijing(2026, 8, 1, 10, 0)).DueDate.ShouldBe(Day(2026, 9, 30));
        Calendar.IsWorkingDay(Day(2026, 10, 2)).ShouldBeFalse();
        Calendar.Compute(sixtyDays, Beijing(2026, 8, 3, 10, 0)).DueDate.ShouldBe(Day(2026, 10, 8));
        Calendar.IsWorkingDay(Day(2026, 10, 8)).ShouldBeTrue();
    }

    [Fact]
    public void A_year_without_data_falls_back_to_Monday_to_Friday_and_says_so()
    {
        var start = Beijing(2026, 12, 28, 10, 0);

        Calendar.HasYear(2027).ShouldBeFalse();
        Calendar.IsWorkingDay(Day(2027, 1, 1)).ShouldBeTrue();
        Calendar.MissingYears(Day(2026, 12, 28), Day(2027, 1, 11)).ShouldBe([2027]);
        var onFallback = Calendar.Compute(WorkingDays(10), start);
        onFallback.DueDate.ShouldBe(Day(2027, 1, 11));
        onFallback.OnFallback.ShouldBeTrue();
        Calendar.Compute(WorkingDays(5), Beijing(2026, 3, 2, 10, 0)).OnFallback.ShouldBeFalse();

        var year2027 = new CalendarYearData(2027, "", "test", [Day(2027, 1, 1)], []);
        var withData = new WorkCalendar([.. CalendarYearData.Shipped(), year2027]).Compute(WorkingDays(10), start);
        withData.OnFallback.ShouldBeFalse();
        withData.DueDate.ShouldBe(Day(2027, 1, 12));
    }

    [Fact]
    public void Working_hours_walk_the_office_periods_and_skip_the_lunch_break()
    {
        var start = Beijing(2026, 3, 2, 16, 30);
        var due = Beijing(2026, 3, 3, 10, 0);

        var deadline = Calendar.Compute(new TimeLimit { Value = 2, Unit = LimitUnit.WorkingHours }, start);

        deadline.ShouldBe(new Deadline(null, due, false));
        Calendar.AddWorkingTime(Beijing(2026, 3, 3, 11, 30), TimeSpan.FromHours(1)).ShouldBe(Beijing(2026, 3, 3, 14, 0));
        Calendar.AddWorkingTime(Beijing(2026, 3, 3, 7, 0), TimeSpan.FromHours(1)).ShouldBe(Beijing(2026, 3, 3, 10, 0));
        Calendar.WorkingTimeBetween(Beijing(2026, 3, 3, 11, 0), Beijing(2026, 3, 3, 14, 0)).ShouldBe(TimeSpan.FromMinutes(90));
        Calendar.WorkingTimeBetween(start, due).ShouldBe(TimeSpan.FromHours(2));
        Calendar.SubtractWorkingTime(due, TimeSpan.FromHours(2)).ShouldBe(start);
        Calendar.Hours.PerDay.ShouldBe(TimeSpan.FromHours(7));
    }

    [Fact]
    public void An_excluded_period_moves_an_hour_deadline_by_the_office_time_it_covers()
    {
        var deadline = Calendar.Compute(new TimeLimit { Value = 8, Unit = LimitUnit.WorkingHours }, Beijing(2026, 3, 2, 9, 0));
        deadline.DueAtUtc.ShouldBe(Beijing(2026, 3, 3, 10, 0));

        var moved = Calendar.Exclude(deadline, LimitUnit.WorkingHours, Beijing(2026, 3, 2, 11, 0), Beijing(2026, 3, 2, 14, 30));

        // 11:00–12:00 and 13:30–14:30 are two office hours; the lunch break in between is not.
        moved.DueAtUtc.ShouldBe(Beijing(2026, 3, 3, 12, 0));
    }

    [Fact]
    public void A_regional_calendar_applies_to_case_regions_under_it_and_nowhere_else()
    {
        var national = CalendarYearData.Shipped().Single(y => y.Year == 2026);
        var guizhou = national with { Region = "520000", DaysOff = [.. national.DaysOff, Day(2026, 3, 2)] };
        var calendar = new WorkCalendar([.. CalendarYearData.Shipped(), guizhou]);

        calendar.IsWorkingDay(Day(2026, 3, 2), "520102").ShouldBeFalse();
        calendar.IsWorkingDay(Day(2026, 3, 2), "500103").ShouldBeTrue();
        calendar.IsWorkingDay(Day(2026, 3, 2)).ShouldBeTrue();
        calendar.IsWorkingDay(Day(2026, 2, 16), "520102").ShouldBeFalse();
        calendar.AddWorkingDays(Day(2026, 2, 27), 1, "520102").ShouldBe(Day(2026, 2, 28));
        calendar.AddWorkingDays(Day(2026, 2, 28), 1, "520102").ShouldBe(Day(2026, 3, 3));
    }

    [Fact]
    public void The_most_specific_regional_calendar_wins_and_a_municipality_does_not_cover_neighbouring_provinces()
    {
        var national = CalendarYearData.Shipped().Single(y => y.Year == 2026);
        var chongqing = national with { Region = "500000", DaysOff = [.. national.DaysOff, Day(2026, 3, 3)] };
        var guizhou = national with { Region = "520000", DaysOff = [.. national.DaysOff, Day(2026, 3, 2)] };
        var guiyang = national with { Region = "520100" };
        var calendar = new WorkCalendar([.. CalendarYearData.Shipped(), chongqing, guizhou, guiyang]);

        calendar.IsWorkingDay(Day(2026, 3, 2), "520102").ShouldBeTrue();
        calendar.IsWorkingDay(Day(2026, 3, 2), "520302").ShouldBeFalse();
        calendar.IsWorkingDay(Day(2026, 3, 3), "500103").ShouldBeFalse();
        calendar.IsWorkingDay(Day(2026, 3, 3), "520302").ShouldBeTrue();
        calendar.IsWorkingDay(Day(2026, 3, 3), "510104").ShouldBeTrue();
    }

    [Theory]
    [InlineData("""{ "year": 2026, "region": "", "source": "", "daysOff": ["2025-12-31"], "extraWorkdays": [] }""", "daysOff")]
    [InlineData("""{ "year": 2026, "region": "", "source": "", "daysOff": [], "extraWorkdays": ["2026-03-04"] }""", "extraWorkdays")]
    [InlineData("""{ "year": 2026, "region": "", "source": "", "daysOff": ["2026-02-14"], "extraWorkdays": ["2026-02-14"] }""", "extraWorkdays")]
    [InlineData("""{ "year": 2026, "region": "", "source": "", "daysOff": ["2026-02-15", "2026-02-15"], "extraWorkdays": [] }""", "daysOff")]
    [InlineData("""{ "year": 2026, "region": "", "source": "", "daysOff": ["2026-02-15/2026-02-23"], "extraWorkdays": [] }""", "daysOff")]
    [InlineData("""{ "year": 1999, "region": "", "source": "", "daysOff": [], "extraWorkdays": [] }""", "year")]
    [InlineData("""{ "year": 2026, "region": "52", "source": "", "daysOff": [], "extraWorkdays": [] }""", "region")]
    [InlineData("""{ "year": 2026, "daysOff": [ """, "json")]
    public void Parse_refuses_bad_calendar_data_naming_the_field(string json, string field)
    {
        Should.Throw<CalendarDataException>(() => CalendarYearData.Parse(json)).Field.ShouldBe(field);
    }

    [Fact]
    public void The_shipped_years_list_every_date_and_survive_a_round_trip_through_JSON()
    {
        var shipped = CalendarYearData.Shipped();

        shipped.Select(y => (y.Year, y.Region, y.DaysOff.Count, y.ExtraWorkdays.Count)).ShouldBe([(2025, "", 28, 5), (2026, "", 33, 6)]);
        foreach (var year in shipped) CalendarYearData.Parse(year.ToJson()).ShouldBe(year);
        shipped[1].ToJson().ShouldContain("国务院办公厅");
    }

    [Fact]
    public void The_warning_at_eighty_percent_of_five_working_days_begins_when_the_fourth_working_day_ends()
    {
        var start = Beijing(2026, 3, 2, 10, 0);
        var limit = WorkingDays(5);
        var deadline = Calendar.Compute(limit, start);

        deadline.DueDate.ShouldBe(Day(2026, 3, 9));
        Calendar.WarningAtUtc(limit, start, deadline, 0.8).ShouldBe(Beijing(2026, 3, 7));
        Calendar.WarningAtUtc(limit, start, deadline, 1.0).ShouldBe(deadline.DueAtUtc);
        Calendar.WarningAtUtc(limit, start, deadline, 0.8, TimeSpan.FromHours(4)).ShouldBe(Beijing(2026, 3, 9, 13, 30));
    }

    [Fact]
    public void Usage_counts_the_working_days_and_office_hours_since_acceptance()
    {
        var start = Beijing(2026, 3, 2, 10, 0);

        Calendar.Usage(WorkingDays(5), start, Beijing(2026, 3, 5, 15, 0)).ShouldBe((3.0, 5.0, "workingDays"));
        Calendar.Usage(WorkingDays(5), start, Beijing(2026, 3, 9, 15, 0)).ShouldBe((5.0, 5.0, "workingDays"));
        Calendar.Usage(new TimeLimit { Value = 60, Unit = LimitUnit.Days }, start, Beijing(2026, 3, 9, 15, 0)).ShouldBe((7.0, 60.0, "days"));
        Calendar.Usage(new TimeLimit { Value = 4, Unit = LimitUnit.WorkingHours }, start, Beijing(2026, 3, 2, 14, 0)).ShouldBe((2.5, 4.0, "workingHours"));
    }

    [Fact]
    public void Counting_working_days_across_years_agrees_with_walking_them_day_by_day()
    {
        var from = Day(2024, 12, 1);
        var to = Day(2027, 2, 1);
        var walked = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (Calendar.IsWorkingDay(day)) walked++;

        Calendar.WorkingDaysBetween(from, to).ShouldBe(walked);
        Calendar.WorkingDaysBetween(to, from).ShouldBe(0);
        Calendar.MissingYears(from, to).ShouldBe([2024, 2027]);
    }

    [Fact]
    public void Office_hours_refuse_overlapping_periods()
    {
        var zone = OfficeHours.Default.Zone;

        Should.Throw<ArgumentException>(() => new OfficeHours(zone, [(new TimeOnly(9, 0), new TimeOnly(12, 0)), (new TimeOnly(11, 0), new TimeOnly(17, 0))]));
        Should.Throw<ArgumentException>(() => new OfficeHours(zone, [(new TimeOnly(12, 0), new TimeOnly(9, 0))]));
    }
}
