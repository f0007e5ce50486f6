using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>Waits for the applicant's supplement (补正); the supplement is a visit to the window.</summary>
public sealed class WaitForSupplementActivity : CaseActivity
{
    public const string EventName = "supplement";

    public override ActivityDescriptor Descriptor { get; } = Describe("WaitForSupplement", "等待补正", "Waits until the applicant hands in what the notice listed.", ["done"]);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var step = Step(context);
        step.Case.StartSupplementRound(step.Now);
        return ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(BookmarkRequest.EventKind, EventName, step.Case.CaseNo)));
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var step = Step(context);
        var received = new List<string>();
        foreach (var item in input.Data?["materials"] as JsonArray ?? [])
        {
            var code = item?["code"]?.ToString();
            var material = step.Case.Materials.FirstOrDefault(m => m.Code == code)
                ?? throw new WorkflowInputException("materials", $"Unknown material code '{code}'.");
            material.State = Enum.TryParse<MaterialState>(item?["state"]?.ToString(), ignoreCase: true, out var state) && state != MaterialState.Missing ? state : MaterialState.Submitted;
            material.IntroducedInRound ??= step.Case.SupplementRounds;
            received.Add(material.Name);
        }
        if (received.Count == 0) throw new WorkflowInputException("materials", "A supplement must hand in at least one material.");
        if (input.Data?["form"] is JsonObject form)
        {
            var data = step.Case.FormData;
            foreach (var (key, value) in form) data[key] = value?.DeepClone();
            step.Case.FormData = data;
        }
        step.Case.RecordTrip();
        step.Event("supplemented", $"申请人补正材料：{string.Join("、", received)}");
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
