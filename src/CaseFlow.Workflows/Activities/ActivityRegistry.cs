namespace CaseFlow.Workflows.Activities;

/// <summary>The activity types a runner knows, by type name. Built-ins plus whatever a host registers (the case activities).</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, Activity> _byType = new(StringComparer.Ordinal);

    public ActivityRegistry(IEnumerable<Activity> activities)
    {
        foreach (var activity in activities)
        {
            if (!_byType.TryAdd(activity.Type, activity))
                throw new InvalidOperationException($"Activity type '{activity.Type}' is registered twice.");
        }
    }

    /// <summary>The engine's own activities; <paramref name="taskProps"/> are the host's props of every HumanTask.</summary>
    public static IEnumerable<Activity> BuiltIns(IReadOnlyList<PropDescriptor>? taskProps = null) =>
    [
        new StartActivity(), new EndActivity(), new DecisionActivity(), new ForkActivity(), new JoinActivity(),
        new SetVariableActivity(), new DelayActivity(), new WaitForEventActivity(), new HumanTaskActivity(taskProps), new SubWorkflowActivity(),
        new LogActivity(), new ScriptActivity(), new FaultActivity(), new MergeActivity(), new SwitchActivity(),
    ];

    public Activity? Find(string type) => _byType.GetValueOrDefault(type);

    public Activity Get(string type) => Find(type) ?? throw new InvalidOperationException($"Unknown activity type '{type}'.");

    public IEnumerable<ActivityDescriptor> Descriptors => _byType.Values.Select(a => a.Descriptor).OrderBy(d => d.Category).ThenBy(d => d.Type);
}
