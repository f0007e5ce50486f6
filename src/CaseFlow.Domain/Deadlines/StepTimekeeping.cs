using System.Text.Json.Nodes;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Domain.Deadlines;

/// <summary>
/// A step's own limit and escalation policy (SLA, kept out of the engine): props every task-shaped activity carries, edited in
/// the designer and read by the case subject when it opens the step's task.
/// </summary>
public static class StepTimekeeping
{
    /// <summary>A step's own time limit, <c>{value, unit}</c> (docs/decisions.md, decision 7).</summary>
    private static PropDescriptor Limit(string name, string label) =>
        new(name, label, new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["value"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
                ["unit"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("workingDays", "days", "workingHours") },
            },
            ["required"] = new JsonArray("value"),
        });

    /// <summary>The props every task-shaped step carries: its limit and its escalation policy (预警、超期、督办).</summary>
    public static PropDescriptor[] Props() =>
    [
        Limit("limit", "环节时限"),
        new("escalation", "预警与督办策略", new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["warnShare"] = new JsonObject { ["type"] = "number", ["exclusiveMinimum"] = 0, ["exclusiveMaximum"] = 1 },
                ["warnHoursLeft"] = new JsonObject { ["type"] = "number", ["exclusiveMinimum"] = 0 },
                ["onWarning"] = new JsonObject { ["type"] = "array" },
                ["onOverdue"] = new JsonObject { ["type"] = "array" },
                ["reminderEveryWorkingHours"] = new JsonObject { ["type"] = "number" },
                ["reminderMax"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
            },
        }),
    ];

    public static JsonNode? Limit(ActivityNode? node) => node?.Props["limit"];

    public static EscalationPolicy? Policy(ActivityNode? node) => EscalationPolicy.OfStep(node);
}
