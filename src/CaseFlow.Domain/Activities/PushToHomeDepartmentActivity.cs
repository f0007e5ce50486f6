using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>Resolves the deciding department from the form field <c>routeBy</c> names (docs/decisions.md, decision 6) and pushes the case there.</summary>
public sealed class PushToHomeDepartmentActivity : CaseActivity
{
    public override ActivityDescriptor Descriptor { get; } = Describe("PushToHomeDepartment", "推送属地部门",
        "Sends the case to the department of the item's kind in the region a form field names.", ["done"],
        PropDescriptor.Text("routeBy", "路由字段", required: true));

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var step = Step(context);
        var field = context.PropString("routeBy")!;
        var regionCode = step.Case.FormData[field]?.ToString();
        if (string.IsNullOrWhiteSpace(regionCode))
            throw new InvalidOperationException($"The form has no value for '{field}', which decides the home department.");
        var department = await step.Subject.HomeDepartmentAsync(regionCode, step.Item.HomeDepartmentCategory, step.Cancellation)
            ?? throw new InvalidOperationException($"No {step.Item.HomeDepartmentCategory} department is registered for region '{regionCode}'.");
        step.Case.HomeDepartmentId = department.Id;
        step.Case.HomeRegionCode = regionCode;
        step.Case.EnterStatus(CaseStatus.Pushed, step.Now);
        step.Event(CaseEventKinds.Pushed, $"推送至属地部门：{department.Name}", new JsonObject { ["departmentCode"] = department.Code });
        return ActivityResult.Done();
    }
}
