namespace CaseFlow.TestSupport;

/// <summary>The checkout's root (workflows/, samples/), found above the test or benchmark output.</summary>
public static class RepoFiles
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CaseFlow.sln"))) return dir.FullName;
        throw new InvalidOperationException($"CaseFlow.sln not found above {AppContext.BaseDirectory}.");
    }
}
