using System.Text.Json;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Tasks;
using Case = CaseFlow.Domain.Cases.Case;

namespace CaseFlow.Domain.Tests;

public sealed class CaseStatusTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_case_moves_only_along_the_allowed_transitions()
    {
        var @case = new Case { CaseNo = "X1" };
        Should.Throw<DomainConflictException>(() => @case.EnterStatus(CaseStatus.InApproval, Now));
        @case.EnterStatus(CaseStatus.InReview, Now);
        @case.Accept(Now, "clerk");
        @case.Status.ShouldBe(CaseStatus.Accepted);
        Should.Throw<DomainConflictException>(() => @case.Accept(Now, "clerk"));
    }

    [Fact]
    public void A_rejection_without_basis_is_refused_and_changes_nothing()
    {
        var @case = new Case { CaseNo = "X2" };
        @case.EnterStatus(CaseStatus.InReview, Now);
        var error = Should.Throw<DomainValidationException>(() => @case.Decide(CaseOutcome.Rejected, "  ", Now));
        error.Errors.Keys.ShouldContain("basis");
        @case.Outcome.ShouldBe(CaseOutcome.None);
        @case.Status.ShouldBe(CaseStatus.InReview);
    }

    [Fact]
    public void Only_a_decided_case_is_archived_and_every_outcome_can_be()
    {
        var @case = new Case { CaseNo = "X3" };
        @case.EnterStatus(CaseStatus.InReview, Now);
        Should.Throw<DomainConflictException>(() => @case.Archive(Now));
        @case.Decide(CaseOutcome.NotAccepted, "《行政许可法》第三十二条", Now);
        @case.Archive(Now);
        @case.Status.ShouldBe(CaseStatus.Archived);
        Should.Throw<DomainConflictException>(() => @case.EnterStatus(CaseStatus.InReview, Now));
    }

    [Fact]
    public void A_task_completed_once_cannot_be_completed_again()
    {
        var task = new CaseTask { Id = 7, Outcomes = ["pass"] };
        task.Complete("pass", 1, "clerk", Now);
        Should.Throw<DomainConflictException>(() => task.Complete("pass", 2, "other", Now));
        task.Cancel("late", Now);
        task.Status.ShouldBe(CaseTaskStatus.Completed);
    }

    [Fact]
    public void A_task_claimed_by_one_user_cannot_be_completed_by_another()
    {
        var task = new CaseTask { Id = 8, Outcomes = ["approve"] };
        task.Claim(1, Now);
        Should.Throw<DomainConflictException>(() => task.Complete("approve", 2, "other", Now));
    }
}

public sealed class MaskingTests
{
    [Theory]
    [InlineData("520102199001011234", "520102********1234")]
    [InlineData("", "")]
    public void Id_numbers_keep_region_and_last_four(string value, string masked) => Masking.IdNumber(value).ShouldBe(masked);

    [Fact]
    public void Phones_keep_three_and_four() => Masking.Phone("13800138000").ShouldBe("138****8000");
}

public sealed class ActorTests
{
    [Fact]
    public void A_role_held_over_a_district_covers_its_departments_but_not_a_sibling_district()
    {
        var actor = new Actor(1, "approver", "审批人员", [new ActorMembership(5, "/1/5/", Roles.Approver)]);
        actor.HasRoleOver(Roles.Approver, "/1/5/9/").ShouldBeTrue();
        actor.HasRoleOver(Roles.Approver, "/1/6/9/").ShouldBeFalse();
        actor.HasRoleOver(Roles.Clerk, "/1/5/9/").ShouldBeFalse();
        actor.Covers("/1/6/").ShouldBeFalse();
    }
}

public sealed class SampleCatalogTests
{
    public static TheoryData<string> CatalogFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "samples", "catalog"), "*.json").Order()) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(CatalogFiles))]
    public void Every_sample_item_parses_and_meets_the_catalog_rules(string file)
    {
        var item = CatalogImporter.Parse(File.ReadAllText(Path.Combine(RepoFiles.Root, "samples", "catalog", file)));
        CatalogImporter.Validate(item).ShouldBeEmpty();
        item.FormFields.ShouldContain(f => f.Name == "homeRegion", "the definitions route by the homeRegion form field");
        File.Exists(Path.Combine(RepoFiles.Root, "workflows", item.DefinitionId + ".json")).ShouldBeTrue($"{item.DefinitionId} has no workflow file");
    }

    [Fact]
    public void A_committed_limit_longer_than_the_statutory_one_is_refused()
    {
        var item = new ServiceItem
        {
            BasicCode = "000107001000", ImplementationCode = "X", Name = "n", DefinitionId = "d", HomeDepartmentCategory = "公安",
            StatutoryLimit = new TimeLimit { Value = 5 }, CommittedLimit = new TimeLimit { Value = 6 }, Situations = [new Situation { Code = "01" }],
        };
        CatalogImporter.Validate(item).Keys.ShouldContain("committedLimit");
    }

    [Fact]
    public void Every_sample_org_file_is_a_tree_with_unique_codes()
    {
        var codes = new List<string>();
        void Walk(JsonElement node)
        {
            codes.Add(node.GetProperty("code").GetString()!);
            if (node.TryGetProperty("children", out var children)) foreach (var child in children.EnumerateArray()) Walk(child);
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "samples", "org"), "*.json"))
            Walk(JsonDocument.Parse(File.ReadAllText(file)).RootElement);
        codes.Count.ShouldBeGreaterThan(50);
        codes.Distinct().Count().ShouldBe(codes.Count);
    }

}
