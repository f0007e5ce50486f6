namespace CaseFlow.Domain.Catalog;

/// <summary>
/// One field of an item's application form (申请表): its type and bounds, checked when a case is applied for or supplemented
/// (<see cref="FormRules"/>), and whether it is personal data, masked for non-admins by its format (README "Personal data").
/// </summary>
public sealed class FormField
{
    public string Name { get; set; } = "";
    public string Label { get; set; } = "";
    /// <summary>One of <see cref="FormFieldTypes"/>: text, number, date, select, region.</summary>
    public string Type { get; set; } = FormFieldTypes.Text;
    public bool Required { get; set; }
    public List<string>? Options { get; set; }
    /// <summary>Longest text allowed; <see cref="DefaultMaxLength"/> when the item says nothing.</summary>
    public int? MaxLength { get; set; }
    /// <summary>Bounds of a number.</summary>
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    /// <summary>A regular expression a text must match as a whole.</summary>
    public string? Pattern { get; set; }
    /// <summary>One of <see cref="FormFormats"/>: what the text is (idNumber is checked by GB 11643) and how it is masked.</summary>
    public string? Format { get; set; }
    /// <summary>Personal data (个人信息): masked for everyone but admins in every read, list, export and audit view.</summary>
    public bool Personal { get; set; }

    public const int DefaultMaxLength = 200;

    public int TextLimit => MaxLength ?? DefaultMaxLength;
}

public static class FormFieldTypes
{
    public const string Text = "text";
    public const string Number = "number";
    public const string Date = "date";
    public const string Select = "select";
    public const string Region = "region";

    public static readonly IReadOnlyList<string> All = [Text, Number, Date, Select, Region];
}

/// <summary>What a text field holds; each has one check (idNumber, phone) and one masking rule (<c>Common.Masking.ForFormat</c>).</summary>
public static class FormFormats
{
    /// <summary>公民身份号码, GB 11643 with its ISO 7064 MOD 11-2 check digit.</summary>
    public const string IdNumber = "idNumber";
    /// <summary>An 11-digit mobile number.</summary>
    public const string Phone = "phone";
    /// <summary>An address; masked down to its district.</summary>
    public const string Address = "address";
    /// <summary>A person's name; masked down to the surname.</summary>
    public const string PersonName = "name";
    /// <summary>An account or card number; masked down to its last 4.</summary>
    public const string Account = "account";

    public static readonly IReadOnlyList<string> All = [IdNumber, Phone, Address, PersonName, Account];
}
