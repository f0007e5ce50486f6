using System.Collections.Concurrent;
using System.Diagnostics;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Observability;

/// <summary>Each workflow step is a span of the "CaseFlow" source, under the request that ran it (README "Observability").</summary>
public sealed class StepSpanTests : IAsyncLifetime
{
    private readonly CaseFlowApplication _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Taking_in_a_case_runs_its_first_step_in_a_workflow_step_span_naming_the_instance()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "CaseFlow",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var clerk = await _app.ClerkAsync();

        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));

        var workflow = await GetJsonAsync(clerk, $"/api/cases/{created["id"]}/workflow");
        var instanceId = workflow["instanceId"]?.GetValue<string>() ?? workflow.ToJsonString();
        spans.ShouldContain(s => s.OperationName == "workflow.step" && (string?)s.GetTagItem("caseflow.instance_id") == instanceId
            && (string?)s.GetTagItem("caseflow.step") == "Start", $"no step span for {instanceId}");
    }
}
