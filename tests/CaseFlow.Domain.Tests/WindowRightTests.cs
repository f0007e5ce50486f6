using System.Text.Json;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Rights;

namespace CaseFlow.Domain.Tests;

public sealed class WindowRightTests
{
    private static readonly ServiceItem IdCard = new() { ImplementationCode = "11500000MB1234567X000107001000", Name = "居民身份证换领", HomeDepartmentCategory = "公安" };

    [Fact]
    public void A_grant_is_in_force_from_its_first_to_its_last_day_inclusive_until_revoked()
    {
        var grant = new WindowRight { Right = WindowRightKind.FormReview, ValidFrom = new DateOnly(2026, 3, 2), ValidTo = new DateOnly(2026, 3, 31) };
        grant.IsValidOn(new DateOnly(2026, 3, 1)).ShouldBeFalse();
        grant.IsValidOn(new DateOnly(2026, 3, 2)).ShouldBeTrue();
        grant.IsValidOn(new DateOnly(2026, 3, 31)).ShouldBeTrue();
        grant.IsValidOn(new DateOnly(2026, 4, 1)).ShouldBeFalse();
        new WindowRight { ValidFrom = new DateOnly(2025, 1, 1) }.IsValidOn(new DateOnly(2099, 12, 31)).ShouldBeTrue("no end date: open-ended");

        grant.Revoke("admin", new DateTime(2026, 3, 10, 2, 0, 0, DateTimeKind.Utc));
        grant.IsValidOn(new DateOnly(2026, 3, 10)).ShouldBeFalse();
        Should.Throw<DomainConflictException>(() => grant.Revoke("admin", DateTime.UtcNow));
        grant.RevokedBy.ShouldBe("admin");
    }

    [Fact]
    public void A_grant_covers_one_item_its_category_or_every_item()
    {
        new WindowRight { ImplementationCode = IdCard.ImplementationCode }.Covers(IdCard).ShouldBeTrue();
        new WindowRight { ImplementationCode = "12500000MB1739460P000420004000" }.Covers(IdCard).ShouldBeFalse();
        new WindowRight { Category = "公安" }.Covers(IdCard).ShouldBeTrue();
        new WindowRight { Category = "民政" }.Covers(IdCard).ShouldBeFalse();
        new WindowRight().Covers(IdCard).ShouldBeTrue();
    }

    [Fact]
    public void Each_window_step_names_the_rights_it_needs()
    {
        WindowRights.ForTask("FormReview", "pass").ShouldBe([WindowRightKind.FormReview]);
        WindowRights.ForTask("FormReview", "reject").ShouldBe([WindowRightKind.FormReview]);
        WindowRights.ForTask("FormReview", "supplement").ShouldBe([WindowRightKind.FormReview, WindowRightKind.OneTimeNotice]);
        WindowRights.ForTask("LocalIssuance", "issued").ShouldBe([WindowRightKind.ResultDelivery]);
        WindowRights.ForTask("Approval", "approve").ShouldBeEmpty("department steps need no window right");
        WindowRights.ForTask("Accept", "accept").ShouldBeEmpty();
        Enum.GetValues<WindowRightKind>().Select(WindowRight.Describe)
            .ShouldBe(["异地收件权", "形式审查权", "原件核验权", "一次性告知权", "审批结果送达权"]);
    }

    public static TheoryData<string> RightsFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "samples", "rights"), "*.json").Order()) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(RightsFiles))]
    public void Every_sample_rights_file_grants_known_rights_to_sample_windows_with_valid_periods(string file)
    {
        var rights = WindowRights.Parse(File.ReadAllText(Path.Combine(RepoFiles.Root, "samples", "rights", file)));
        var windows = SampleUnits().Where(u => u.Kind == "window").Select(u => u.Code).ToHashSet();
        var items = Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "samples", "catalog"), "*.json")
            .Select(f => CatalogImporter.Parse(File.ReadAllText(f))).ToList();
        rights.Grants.ShouldNotBeNull().ShouldNotBeEmpty();
        foreach (var grant in rights.Grants)
        {
            windows.ShouldContain(grant.Window!, $"{file}: {grant.Window} is not a window of samples/org");
            grant.Rights.ShouldNotBeNull().ShouldNotBeEmpty();
            foreach (var right in grant.Rights) Enum.TryParse<WindowRightKind>(right, out _).ShouldBeTrue($"{file}: unknown right {right}");
            var from = DateOnly.ParseExact(grant.ValidFrom!, "yyyy-MM-dd");
            if (grant.ValidTo is not null) DateOnly.ParseExact(grant.ValidTo, "yyyy-MM-dd").ShouldBeGreaterThanOrEqualTo(from);
            (grant.ImplementationCode is null || grant.Category is null).ShouldBeTrue($"{file}: {grant.Window} names both an item and a category");
            if (grant.ImplementationCode is { } code) items.ShouldContain(i => i.ImplementationCode == code);
            if (grant.Category is { } category) items.ShouldContain(i => i.HomeDepartmentCategory == category);
        }
    }

    private static List<(string Code, string Kind)> SampleUnits()
    {
        var units = new List<(string, string)>();
        void Walk(JsonElement node)
        {
            units.Add((node.GetProperty("code").GetString()!, node.GetProperty("kind").GetString()!));
            if (node.TryGetProperty("children", out var children)) foreach (var child in children.EnumerateArray()) Walk(child);
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "samples", "org"), "*.json"))
            Walk(JsonDocument.Parse(File.ReadAllText(file)).RootElement);
        return units;
    }

}
