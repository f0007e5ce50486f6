using System.Text.Json.Nodes;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;

namespace CaseFlow.Domain.Tests;

public sealed class ResidentIdNumberTests
{
    [Theory]
    [InlineData("520102199001191234")]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    public void A_number_with_its_GB_11643_check_digit_and_a_real_birth_date_is_valid(string value) => ResidentIdNumber.IsValid(value).ShouldBeTrue();

    [Theory]
    [InlineData("520102199001011234")] // check digit should be X
    [InlineData("110105194912310021")] // check digit should be X
    [InlineData("520102199002301239")] // 30 February (check digit right)
    [InlineData("52010219900119123")]
    [InlineData("5201021990011912345")]
    [InlineData("52010219900119123A")]
    [InlineData("' OR 1=1 --")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not(string? value) => ResidentIdNumber.IsValid(value).ShouldBeFalse();
}

public sealed class FormRulesTests
{
    private static readonly List<FormField> Schema =
    [
        new() { Name = "idNumber", Label = "公民身份号码", Required = true, Format = FormFormats.IdNumber, Personal = true, MaxLength = 18 },
        new() { Name = "phone", Label = "联系电话", Format = FormFormats.Phone, Personal = true },
        new() { Name = "note", Label = "备注" },
        new() { Name = "count", Label = "从业人数", Type = FormFieldTypes.Number, Min = 0, Max = 100 },
        new() { Name = "day", Label = "预约日期", Type = FormFieldTypes.Date },
        new() { Name = "kind", Label = "类型", Type = FormFieldTypes.Select, Options = ["甲", "乙"] },
        new() { Name = "code", Label = "编号", Pattern = "[A-Z]{2}\\d{4}" },
    ];

    private static Dictionary<string, string[]> Check(JsonObject form, bool partial = false) => FormRules.Check(Schema, form, partial);

    [Fact]
    public void A_form_within_its_schema_has_no_errors() =>
        Check(new JsonObject
        {
            ["idNumber"] = "520102199001191234", ["phone"] = "13800138000", ["note"] = "无", ["count"] = 3, ["day"] = "2026-01-05", ["kind"] = "乙", ["code"] = "AB1234",
        }).ShouldBeEmpty();

    [Theory]
    [InlineData("0")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("true")]
    public void A_text_field_refuses_any_other_JSON_type(string json)
    {
        var errors = Check(new JsonObject { ["idNumber"] = JsonNode.Parse(json) });
        errors.Keys.ShouldBe(["form.idNumber"]);
        errors["form.idNumber"].Single().ShouldContain("must be text");
    }

    [Theory]
    [InlineData("520102199001011234", "check digit")]
    [InlineData("1' OR '1'='1", "check digit")]
    [InlineData("'; DROP TABLE Cases; --", "at most 18")]
    [InlineData("5201021990011912341234", "at most 18")]
    public void An_id_number_field_refuses_a_wrong_checksum_SQL_text_and_a_long_value(string value, string rule) =>
        Check(new JsonObject { ["idNumber"] = value })["form.idNumber"].Single().ShouldContain(rule);

    [Fact]
    public void A_field_the_schema_does_not_declare_is_refused() =>
        Check(new JsonObject { ["idNumber"] = "520102199001191234", ["secret"] = "x" })["form.secret"].Single().ShouldContain("not a field");

    [Fact]
    public void A_huge_unknown_key_is_named_by_its_first_64_characters()
    {
        var key = new string('k', 100_000);
        var errors = Check(new JsonObject { ["idNumber"] = "520102199001191234", [key] = "x" });
        errors.Keys.Single().ShouldBe("form." + new string('k', 64) + "…");
    }

    [Fact]
    public void A_required_field_missing_or_blank_is_refused()
    {
        Check([])["form.idNumber"].Single().ShouldContain("is required");
        Check(new JsonObject { ["idNumber"] = "  " })["form.idNumber"].Single().ShouldContain("is required");
        Check(new JsonObject { ["idNumber"] = null })["form.idNumber"].Single().ShouldContain("is required");
    }

    [Fact]
    public void A_text_longer_than_the_default_200_is_refused() =>
        Check(new JsonObject { ["idNumber"] = "520102199001191234", ["note"] = new string('长', 201) })["form.note"].Single().ShouldContain("at most 200");

    [Fact]
    public void Numbers_dates_selects_patterns_and_phones_keep_their_rules()
    {
        var errors = Check(new JsonObject
        {
            ["idNumber"] = "520102199001191234", ["count"] = 101, ["day"] = "2026-02-30", ["kind"] = "丙", ["code"] = "ab12", ["phone"] = "12345",
        });
        errors["form.count"].Single().ShouldContain("between 0 and 100");
        errors["form.day"].Single().ShouldContain("yyyy-MM-dd");
        errors["form.kind"].Single().ShouldContain("one of");
        errors["form.code"].Single().ShouldContain("required form");
        errors["form.phone"].Single().ShouldContain("11-digit");
        Check(new JsonObject { ["idNumber"] = "520102199001191234", ["count"] = "[]" })["form.count"].Single().ShouldContain("must be a number");
        Check(new JsonObject { ["idNumber"] = "520102199001191234", ["count"] = new JsonArray() })["form.count"].Single().ShouldContain("not an array");
    }

    [Fact]
    public void A_supplement_checks_only_the_fields_it_sends_but_may_not_clear_a_required_one()
    {
        Check(new JsonObject { ["note"] = "补充" }, partial: true).ShouldBeEmpty();
        Check(new JsonObject { ["idNumber"] = null }, partial: true)["form.idNumber"].Single().ShouldContain("is required");
        Check(new JsonObject { ["idNumber"] = 0 }, partial: true)["form.idNumber"].Single().ShouldContain("must be text");
    }

    [Fact]
    public void The_catalog_refuses_a_schema_that_makes_no_sense()
    {
        var item = CatalogImporter.Parse(File.ReadAllText(Path.Combine(RepoFiles.Root, "samples", "catalog", "id-card-renewal-offsite.json")));
        item.FormFields.Add(new FormField { Name = "x", Label = "X", Type = "colour" });
        item.FormFields.Add(new FormField { Name = "y", Label = "Y", Format = "iban", MaxLength = 0 });
        item.FormFields.Add(new FormField { Name = "z", Label = "Z", Type = FormFieldTypes.Number, Min = 5, Max = 1 });
        item.FormFields.Add(new FormField { Name = "w", Label = "W", Pattern = "[unclosed" });
        var errors = CatalogImporter.Validate(item);
        var at = item.FormFields.Count - 4;
        errors.Keys.ShouldContain($"formFields[{at}].type");
        errors.Keys.ShouldContain($"formFields[{at + 1}].format");
        errors.Keys.ShouldContain($"formFields[{at + 1}].maxLength");
        errors.Keys.ShouldContain($"formFields[{at + 2}].min");
        errors.Keys.ShouldContain($"formFields[{at + 3}].pattern");
    }

    [Fact]
    public void The_sample_catalog_marks_every_id_number_field_personal_with_its_format()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "samples", "catalog"), "*.json"))
            foreach (var field in CatalogImporter.Parse(File.ReadAllText(file)).FormFields.Where(f => f.Name.Contains("idNumber", StringComparison.OrdinalIgnoreCase)))
            {
                field.Format.ShouldBe(FormFormats.IdNumber, $"{Path.GetFileName(file)}: {field.Name}");
                field.Personal.ShouldBeTrue($"{Path.GetFileName(file)}: {field.Name}");
            }
    }
}

public sealed class PersonalMaskingTests
{
    [Theory]
    [InlineData("重庆市渝中区解放碑街道民族路 1 号", "重庆市渝中区****")]
    [InlineData("贵州省贵阳市南明区花果园 3 栋", "贵州省贵阳市南明区****")]
    [InlineData("广西壮族自治区南宁市青秀区民族大道 1 号", "广西壮族自治区南宁市青秀区****")]
    [InlineData("江苏省昆山市前进中路 8 号", "江苏省昆山市****")]
    [InlineData("民族路 1 号", "****")]
    public void An_address_keeps_its_district(string value, string masked) => Masking.Address(value).ShouldBe(masked);

    [Fact]
    public void Names_keep_the_surname_and_accounts_the_last_four()
    {
        Masking.PersonName("张三").ShouldBe("张*");
        Masking.PersonName("欧阳娜娜").ShouldBe("欧***");
        Masking.Account("6222020200112233445").ShouldBe("****3445");
    }

    [Fact]
    public void A_form_is_masked_by_its_schema_and_only_its_personal_fields()
    {
        List<FormField> schema =
        [
            new() { Name = "idNumber", Format = FormFormats.IdNumber, Personal = true },
            new() { Name = "mailingAddress", Format = FormFormats.Address, Personal = true },
            new() { Name = "secret", Personal = true },
            new() { Name = "businessAddress", Format = FormFormats.Address },
        ];
        var form = new JsonObject
        {
            ["idNumber"] = "520102199001191234", ["mailingAddress"] = "重庆市渝中区民族路 1 号", ["secret"] = "x", ["businessAddress"] = "重庆市渝中区民族路 2 号", ["reason"] = "换领",
        };
        var masked = Masking.Form(schema, form);
        masked["idNumber"]!.GetValue<string>().ShouldBe("520102********1234");
        masked["mailingAddress"]!.GetValue<string>().ShouldBe("重庆市渝中区****");
        masked["secret"]!.GetValue<string>().ShouldBe("****");
        masked["businessAddress"]!.GetValue<string>().ShouldBe("重庆市渝中区民族路 2 号");
        masked["reason"]!.GetValue<string>().ShouldBe("换领");
        form["idNumber"]!.GetValue<string>().ShouldBe("520102199001191234", "the stored form is not changed");
    }

    [Fact]
    public void A_schema_that_marks_nothing_personal_is_masked_by_the_fields_names()
    {
        List<FormField> legacy = [new() { Name = "maleIdNumber" }, new() { Name = "mailingAddress" }, new() { Name = "reason" }];
        var masked = Masking.Form(legacy, new JsonObject { ["maleIdNumber"] = "520102199001191234", ["mailingAddress"] = "重庆市渝中区民族路 1 号", ["reason"] = "换领" });
        masked["maleIdNumber"]!.GetValue<string>().ShouldBe("520102********1234");
        masked["mailingAddress"]!.GetValue<string>().ShouldBe("重庆市渝中区****");
        masked["reason"]!.GetValue<string>().ShouldBe("换领");
    }
}
