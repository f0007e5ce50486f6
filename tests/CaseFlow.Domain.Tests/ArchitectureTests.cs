using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CaseFlow.Domain.Tests;

/// <summary>The house rules a reviewer would otherwise check by eye (docs/architecture.md): read from the checkout's source files.</summary>
public sealed partial class ArchitectureTests
{
    private static readonly string Src = Path.Combine(RepoFiles.Root, "src");

    [Theory]
    [InlineData("CaseFlow.Domain")]
    [InlineData("CaseFlow.Workflows")]
    public void The_domain_and_the_engine_locate_no_services(string project)
    {
        var offenders = SourceFiles(Path.Combine(Src, project), "*.cs")
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => ServiceLocator().IsMatch(l.line))
            .Select(l => $"{Relative(l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        offenders.ShouldBeEmpty($"Take dependencies through constructors, not from the container:\n{string.Join('\n', offenders)}");
    }

    [Fact]
    public void No_source_file_under_src_is_over_300_lines_migrations_aside()
    {
        var files = SourceFiles(Src, "*.cs", "*.ts", "*.tsx", "*.js", "*.jsx", "*.css")
            .Where(f => !f.EndsWith(".d.ts", StringComparison.Ordinal))
            .ToList();
        files.ShouldContain(f => f.EndsWith("Case.cs", StringComparison.Ordinal), "the scan must see the domain's sources");

        var tooLong = files
            .Select(f => (file: f, lines: File.ReadLines(f).Count()))
            .Where(f => f.lines > 300)
            .Select(f => $"{Relative(f.file)}: {f.lines} lines")
            .ToList();

        tooLong.ShouldBeEmpty($"Split these by what they hold:\n{string.Join('\n', tooLong)}");
    }

    [Fact]
    public void The_db_context_stays_lean()
    {
        var context = Directory.GetFiles(Src, "CaseFlowDbContext.cs", SearchOption.AllDirectories).ShouldHaveSingleItem();

        File.ReadLines(context).Count().ShouldBeLessThanOrEqualTo(150, "entity configuration lives beside the entities, save work in hooks");
    }

    [Fact]
    public void The_engine_references_no_web_database_or_job_framework()
    {
        var project = XDocument.Load(Path.Combine(Src, "CaseFlow.Workflows", "CaseFlow.Workflows.csproj"));
        var sdk = project.Root!.Attribute("Sdk")?.Value ?? "";
        var references = project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference" or "ProjectReference")
            .Select(e => e.Attribute("Include")?.Value ?? "")
            .ToList();

        sdk.ShouldBe("Microsoft.NET.Sdk");
        references.Where(IsFramework).ShouldBeEmpty();
        references.Where(r => r.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            .ShouldAllBe(r => !r.Contains("CaseFlow.Domain") && !r.Contains("CaseFlow.Data") && !r.Contains("CaseFlow.Server"));
        var usings = SourceFiles(Path.Combine(Src, "CaseFlow.Workflows"), "*.cs")
            .SelectMany(f => File.ReadLines(f).Where(l => l.TrimStart().StartsWith("using ", StringComparison.Ordinal) && IsFramework(l.Trim()[6..]))
                .Select(l => $"{Relative(f)}: {l.Trim()}"))
            .ToList();
        usings.ShouldBeEmpty();
    }

    private static bool IsFramework(string name) =>
        name.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Hangfire", StringComparison.OrdinalIgnoreCase);

    /// <summary>Hand-written source: build output, packages and generated migrations aside.</summary>
    private static IEnumerable<string> SourceFiles(string root, params string[] patterns)
    {
        Directory.Exists(root).ShouldBeTrue(root);
        string[] skipped = ["bin", "obj", "node_modules", "dist", "Migrations"];
        return patterns
            .SelectMany(p => Directory.EnumerateFiles(root, p, SearchOption.AllDirectories))
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Distinct();
    }

    private static string Relative(string file) => Path.GetRelativePath(RepoFiles.Root, file);

    [GeneratedRegex(@"\bGetRequiredService\b|\bGetService\s*<|\bGetService\s*\(|\bIServiceProvider\b|\bGetRequiredKeyedService\b|\bGetKeyedService\b")]
    private static partial Regex ServiceLocator();
}
