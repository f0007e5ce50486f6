namespace CaseFlow.Domain.Timers;

/// <summary>Schedules a trigger (a Hangfire delayed job in the server) for a timer due soon.</summary>
public interface ITimerJobScheduler
{
    void Schedule(long timerId, TimeSpan delay);
}

/// <summary>No trigger but the sweep (benchmarks, tools).</summary>
public sealed class SweepOnlyScheduler : ITimerJobScheduler
{
    public void Schedule(long timerId, TimeSpan delay) { }
}
