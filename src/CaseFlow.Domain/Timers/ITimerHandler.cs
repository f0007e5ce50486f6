namespace CaseFlow.Domain.Timers;

/// <summary>What one kind of fired timer means; <see cref="TimerFiring"/> dispatches to the handler of the timer's kind.</summary>
public interface ITimerHandler
{
    TimerKind Kind { get; }

    /// <summary>The timer is already marked fired; the handler never saves (the firing saves once).</summary>
    Task HandleAsync(TimerRecord timer, CancellationToken ct);
}
