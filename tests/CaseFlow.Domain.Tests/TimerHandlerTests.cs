using System.Runtime.CompilerServices;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Ratings;
using CaseFlow.Domain.Timers;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Domain.Tests;

public sealed class TimerHandlerTests
{
    private static readonly IServiceCollection Registered = new ServiceCollection().AddCaseFlowTimekeeping().AddCaseFlowRatings();

    [Fact]
    public void Every_timer_kind_has_exactly_one_handler()
    {
        // The kind is a constant of each handler class, so an instance without its dependencies can tell it.
        var kinds = Registered.Where(d => d.ServiceType == typeof(ITimerHandler))
            .Select(d => ((ITimerHandler)RuntimeHelpers.GetUninitializedObject(d.ImplementationType!)).Kind);

        kinds.Order().ShouldBe(Enum.GetValues<TimerKind>());
    }
}
