using CaseFlow.Domain.Reports;

namespace CaseFlow.Domain.Tests.Reports;

/// <summary>The rates' arithmetic over tallies summed by the database (docs/decisions.md, decision 33).</summary>
public sealed class RateTallyTests
{
    [Fact]
    public void The_mean_and_median_of_a_histogram_are_those_of_the_cases_it_counts()
    {
        var odd = Tally((0.9, 1), (0.8, 1), (0.5, 2), (-0.05, 1), (0.45, 2));
        var figures = RateMath.Figures(odd);
        figures.TimeCutCases.ShouldBe(7);
        figures.TimeCutMean.ShouldBe(0.5071, "(0.9 + 0.8 + 2 × 0.5 − 0.05 + 2 × 0.45) ÷ 7");
        figures.TimeCutMedian.ShouldBe(0.5, "sorted: −0.05 0.45 0.45 [0.5] 0.5 0.8 0.9");

        var even = Tally((0.2, 1), (0.4, 1), (0.8, 2));
        RateMath.Figures(even).TimeCutMedian.ShouldBe(0.6, "between the 2nd (0.4) and 3rd (0.8) of four");
        RateMath.Figures(Tally((0.3, 2))).TimeCutMedian.ShouldBe(0.3);
        RateMath.Figures(new RateTally()).TimeCutMedian.ShouldBeNull();
    }

    [Fact]
    public void Not_accepted_cases_count_only_as_not_accepted_and_tallies_add_up()
    {
        var a = new RateTally();
        a.AddDecided(2, accepted: false, cut: null, 0, 0, 0, 0, 0, 0);
        a.AddDecided(4, accepted: true, cut: 0.5, committed: 3, statutory: 4, immediate: 1, online: 2, trips: 5, supplemented: 1);
        a.AddEvent(CountedKind.Received, 7);
        var b = new RateTally();
        b.AddDecided(1, accepted: true, cut: 0.5, committed: 1, statutory: 1, immediate: 0, online: 0, trips: 1, supplemented: 0);
        b.AddEvent(CountedKind.ClockStopped, 1);
        a.Add(b);

        var f = RateMath.Figures(a);
        (f.Received, f.Finished, f.NotAccepted, f.WithinCommitted, f.WithinStatutory, f.Trips, f.ClockStops).ShouldBe((7, 5, 2, 4, 5, 6, 1));
        (f.CommittedRate, f.TripsPerCase, f.TimeCutCases).ShouldBe((0.8, 1.2, 5));
        Should.Throw<ArgumentOutOfRangeException>(() => a.AddEvent(CountedKind.Decided, 1));
    }

    private static RateTally Tally(params (double Cut, int Cases)[] cuts)
    {
        var tally = new RateTally();
        foreach (var (cut, cases) in cuts) tally.AddDecided(cases, accepted: true, cut, 0, 0, 0, 0, 0, 0);
        return tally;
    }
}
