using System.Text.Json.Nodes;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Runtime;

namespace CaseFlow.Workflows.Activities;

public sealed class ActivityContext
{
    internal ActivityContext(WorkflowDefinition definition, WorkflowState state, Token token, ActivityNode node,
        RunOptions options, ExpressionEvaluator expressions, TimeProvider clock, JsonObject? input)
    {
        Definition = definition;
        State = state;
        Token = token;
        Node = node;
        Options = options;
        Expressions = expressions;
        Clock = clock;
        Input = input;
    }

    public WorkflowDefinition Definition { get; }
    public WorkflowState State { get; }
    public Token Token { get; }
    public ActivityNode Node { get; }
    public RunOptions Options { get; }
    public ExpressionEvaluator Expressions { get; }
    public TimeProvider Clock { get; }
    public JsonObject? Input { get; }
    public object? Subject => Options.Subject;
    public string? Actor => Options.Actor;
    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;
    public JsonObject Variables => State.Variables;
    /// <summary>The Fork branch this step runs in, if any (docs/decisions.md, decision 4).</summary>
    public string? BranchId => Token.BranchId;

    public string? PropString(string name) => Node.PropString(name);

    public JsonNode? Prop(string name) => Node.Props.TryGetPropertyValue(name, out var v) ? v : null;

    /// <summary>Evaluates a JavaScript expression over JSON snapshots of <c>case</c>, <c>vars</c> and <c>input</c>.</summary>
    public JsonNode? Evaluate(string expression)
    {
        var scope = new JsonObject
        {
            ["case"] = Options.SubjectSnapshot?.Invoke() ?? new JsonObject(),
            ["vars"] = Variables.DeepClone(),
            ["input"] = Input?.DeepClone() ?? new JsonObject(),
        };
        return Expressions.Evaluate(expression, scope);
    }

    /// <summary>Writes a result: inside a Fork branch under <c>branches.&lt;branchId&gt;</c>, so parallel branches never overwrite each other.</summary>
    public void SetOutput(string key, JsonNode? value)
    {
        var target = Variables;
        if (BranchId is { } branch)
        {
            if (Variables["branches"] is not JsonObject branches) Variables["branches"] = branches = new JsonObject();
            if (branches[branch] is not JsonObject own) branches[branch] = own = new JsonObject();
            target = own;
        }
        target[key] = value?.DeepClone();
    }
}
