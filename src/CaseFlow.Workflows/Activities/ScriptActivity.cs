using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Activities;

/// <summary>
/// Runs a JavaScript for its effect on variables (Elsa's RunJavaScript): the script reads and writes them through
/// <c>variables.x</c>, <c>getVariable</c>, <c>setVariable</c> and <c>getInput</c>; what it changed is written back. Same sandbox as expressions.
/// </summary>
public sealed class ScriptActivity : Activity
{
    public const string TypeName = "Script";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "脚本", "数据", "Runs a JavaScript that may change variables.", ["done"],
        [PropDescriptor.Expression("script", "脚本")]);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        // The helpers come first and the variables last, so the script's own statements run in between at the top level.
        var wrapped = "var variables = vars; function getVariable(n) { return variables[n]; } function setVariable(n, v) { variables[n] = v; } "
            + "function getInput(n) { return variables[n]; }\n" + context.PropString("script") + "\n;variables;";
        if (context.Evaluate(wrapped) is JsonObject after)
            foreach (var (key, value) in after)
                if (!JsonNode.DeepEquals(context.Variables[key], value)) context.SetOutput(key, value);
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
