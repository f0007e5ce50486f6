using CaseFlow.Domain.Calendar;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace CaseFlow.DemoYear.Bulk;

/// <summary>A service item as the bulk writers place cases on it: code, name, workflow, deciding category, type and limits, its situations.</summary>
public sealed record BulkItem(long Id, string Code, string Name, string DefinitionId, int DefinitionVersion, string Category, BulkSituation[] Situations)
{
    public bool Immediate { get; init; }
    public int StatutoryValue { get; init; }
    public string StatutoryUnit { get; init; } = "WorkingDays";
    public int CommittedValue { get; init; }
    public string CommittedUnit { get; init; } = "WorkingDays";
}

/// <summary>A situation (情形) with its materials as the case stores them (all handed in at intake).</summary>
public sealed record BulkSituation(string Code, string MaterialsJson);

/// <summary>An org unit; its region is the district code before the suffix (500103-W01 → 500103).</summary>
public sealed record BulkUnit(long Id, string Code, string? Category, long? ParentId)
{
    public string Region { get; } = Code.Split('-')[0];
}

/// <summary>
/// Raw SQLite access shared by the bulk writers (the report benchmark's <see cref="BulkYear"/> and the inbox benchmark's
/// seeder): the catalog and org units the server imported, prepared INSERTs, and realistic applicant data.
/// </summary>
public static class BulkSql
{
    public const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    public const string GivenNames = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉玲建波宇浩凯俊帅晨欣怡梓涵子轩雨婷";
    private static readonly string[] Streets = ["民族路", "解放碑步行街", "中山路", "人民大道", "新华路", "延安路", "花溪大道", "北京路", "沿江路", "建设大道"];
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Every column of the Cases table, as the migrations create it.</summary>
    public static readonly string[] CaseColumns =
    [
        "Id", "CaseNo", "ServiceItemId", "ImplementationCode", "ItemName", "SituationCode", "Applicant_Name", "Applicant_IdNumber", "Applicant_Phone",
        "Applicant_Address", "Channel", "HandlingMode", "IntakeWindowId", "HomeDepartmentId", "HomeRegionCode", "Status", "Outcome", "DecisionBasis",
        "DefinitionId", "DefinitionVersion", "WorkflowInstanceId", "FormDataJson", "DeliveryMethod", "DeliveryAddress", "Waybill", "DeliveredAtUtc",
        "Trips", "SupplementRounds", "ReceivedAtUtc", "AcceptedAtUtc", "AcceptedBy", "DecidedAtUtc", "ArchivedAtUtc", "UpdatedAtUtc", "Version",
        "Materials", "DeemedAccepted", "LastStepAtUtc", "Level", "MaterialCompleteAtUtc", "StalledSinceUtc", "Assistance_AgentIdNumber",
        "Assistance_AgentName", "Assistance_AgentPhone", "Assistance_ClerkUserName", "Assistance_Kind", "Assistance_Reason", "DueAtUtc",
        "AuditSequence", "AuditHash", "AuditSignature", "FiguresRecorded", "CommittedOnTime", "StatutoryOnTime", "TimeCut",
    ];

    /// <summary>Every column of the Tasks table but its id.</summary>
    public static readonly string[] TaskColumns =
    [
        "CaseId", "InstanceId", "BookmarkId", "ActivityId", "ActivityType", "Title", "Role", "OrgUnitId", "BranchId", "Outcomes", "Status",
        "AssigneeUserId", "Outcome", "CompletedBy", "CancelReason", "CreatedAtUtc", "ClaimedAtUtc", "ClosedAtUtc", "Version", "DueAtUtc", "Level",
        "SupervisesTaskId", "CompletedOnBehalfOf", "FiguresRecorded", "OnTime", "UsedShare",
    ];

    /// <summary>The work calendar of the database's loaded years, with the default office hours, as the server computes with it.</summary>
    public static WorkCalendar ReadCalendar(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Json" FROM "CalendarYears" """;
        using var reader = command.ExecuteReader();
        var years = new List<CalendarYearData>();
        while (reader.Read()) years.Add(CalendarYearData.Parse(reader.GetString(0)));
        return new WorkCalendar(years, OfficeHours.Default);
    }

    /// <summary>Opens the file for bulk writing: synchronous=OFF for this connection only (a seed lost to a crash is simply run again).</summary>
    public static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection($"Data Source={file};Pooling=false");
        connection.Open();
        Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");
        return connection;
    }

    public static string Name(Random random) => $"{Surnames[random.Next(Surnames.Length)]}{GivenNames[random.Next(GivenNames.Length)]}"
        + (random.Next(3) > 0 ? GivenNames[random.Next(GivenNames.Length)].ToString() : "");

    public static string Phone(Random random) => "1" + "35789"[random.Next(5)] + random.NextInt64(100_000_000, 1_000_000_000);

    public static string Address(BulkUnit department, Random random) =>
        $"{department.Region} {Streets[random.Next(Streets.Length)]} {random.Next(1, 300)} 号";

    /// <summary>A well-formed 18-digit resident ID: region, birth date, sequence, ISO 7064 check digit.</summary>
    public static string IdNumber(string region, Random random)
    {
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(20_000));
        var body = string.Create(CultureInfo.InvariantCulture, $"{region}{birth:yyyyMMdd}{random.Next(1000):D3}");
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (body[i] - '0') * IdWeights[i];
        return body + "10X98765432"[sum % 11];
    }

    /// <summary>32 hex digits, the shape of the engine's instance and bookmark ids.</summary>
    public static string Hex(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>The deciding department of an item's category, anywhere (any department when none has the category).</summary>
    public static BulkUnit PickDepartment(BulkUnit[] departments, string category, Random random)
    {
        var matching = departments.Where(d => d.Category == category).ToArray();
        var from = matching.Length > 0 ? matching : departments;
        return from[random.Next(from.Length)];
    }

    public static BulkItem[] ReadItems(SqliteConnection connection)
    {
        var versions = new Dictionary<string, int>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """SELECT "DefinitionId", MAX("DefinitionVersion") FROM "Definitions" GROUP BY "DefinitionId" """;
            using var reader = command.ExecuteReader();
            while (reader.Read()) versions[reader.GetString(0)] = reader.GetInt32(1);
        }
        var items = new List<BulkItem>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT "Id", "ImplementationCode", "Name", "DefinitionId", "HomeDepartmentCategory", "Situations", "CaseType",
                       "StatutoryLimit_Value", "StatutoryLimit_Unit", "CommittedLimit_Value", "CommittedLimit_Unit"
                FROM "ServiceItems" WHERE "IsCurrent" ORDER BY "Id"
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var definition = reader.GetString(3);
                items.Add(new BulkItem(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), definition, versions.GetValueOrDefault(definition, 1),
                    reader.GetString(4), Situations(reader.IsDBNull(5) ? null : reader.GetString(5)))
                {
                    Immediate = reader.GetString(6) == "Immediate",
                    StatutoryValue = reader.GetInt32(7), StatutoryUnit = reader.GetString(8), CommittedValue = reader.GetInt32(9), CommittedUnit = reader.GetString(10),
                });
            }
        }
        if (items.Count == 0) throw new InvalidOperationException("No service items: start the server once on this database so it imports the catalog.");
        return [.. items];
    }

    /// <summary>Each situation with its materials as the case stores them (EF's JSON column: all handed in at intake).</summary>
    private static BulkSituation[] Situations(string? json)
    {
        var result = new List<BulkSituation>();
        using var document = JsonDocument.Parse(json ?? "[]");
        if (document.RootElement.ValueKind != JsonValueKind.Array) return [new BulkSituation("01", "[]")];
        foreach (var situation in document.RootElement.EnumerateArray())
        {
            var materials = situation.TryGetProperty("Materials", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(m => new
                {
                    Code = m.GetProperty("Code").GetString(),
                    IntroducedInRound = 0,
                    Name = m.GetProperty("Name").GetString(),
                    Note = (string?)null,
                    NoticedInRound = (int?)null,
                    Required = m.TryGetProperty("Required", out var required) && required.GetBoolean(),
                    State = 1, // MaterialState.Submitted
                }).ToList()
                : [];
            result.Add(new BulkSituation(situation.GetProperty("Code").GetString() ?? "01", JsonSerializer.Serialize(materials)));
        }
        return result.Count > 0 ? [.. result] : [new BulkSituation("01", "[]")];
    }

    public static BulkUnit[] ReadUnits(SqliteConnection connection, string kind)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "Code", "Category", "ParentId" FROM "OrgUnits" WHERE "Kind" = $kind ORDER BY "Id" """;
        command.Parameters.AddWithValue("$kind", kind);
        using var reader = command.ExecuteReader();
        var units = new List<BulkUnit>();
        while (reader.Read())
            units.Add(new BulkUnit(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3)));
        if (units.Count == 0) throw new InvalidOperationException($"No {kind} org units: start the server once on this database so it imports the org trees.");
        return [.. units];
    }

    /// <summary>Each org unit's province: the root of its tree.</summary>
    public static Dictionary<long, long> ReadRoots(SqliteConnection connection)
    {
        var parents = new Dictionary<long, long?>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """SELECT "Id", "ParentId" FROM "OrgUnits" """;
            using var reader = command.ExecuteReader();
            while (reader.Read()) parents[reader.GetInt64(0)] = reader.IsDBNull(1) ? null : reader.GetInt64(1);
        }
        long Root(long id) => parents[id] is { } parent ? Root(parent) : id;
        return parents.Keys.ToDictionary(id => id, Root);
    }

    /// <summary>The case-number counters as the server keeps them (code|China date → last number), so later intake continues them.</summary>
    public static void InsertSequences(SqliteConnection connection, SqliteTransaction transaction, Dictionary<string, int> sequences)
    {
        using var insert = new PreparedInsert(connection, "CaseNumberSequences", ["Key", "Value", "Version"]);
        insert.Begin(transaction);
        foreach (var (key, value) in sequences)
        {
            insert.Clear();
            insert["Key"] = key;
            insert["Value"] = value;
            insert["Version"] = 0;
            insert.Execute();
        }
    }

    public static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }
}

/// <summary>One prepared INSERT reused for every row; columns left unset in a row are written as NULL.</summary>
public sealed class PreparedInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly Dictionary<string, SqliteParameter> _parameters = new();
    private bool _prepared;

    public PreparedInsert(SqliteConnection connection, string table, string[] columns)
    {
        _command = connection.CreateCommand();
        _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++) _parameters[columns[i]] = _command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value));
    }

    public object? this[string column]
    {
        set => _parameters[column].Value = value ?? DBNull.Value;
    }

    public void Begin(SqliteTransaction transaction)
    {
        _command.Transaction = transaction;
        if (_prepared) return;
        _command.Prepare();
        _prepared = true;
    }

    public void Clear()
    {
        foreach (var parameter in _parameters.Values) parameter.Value = DBNull.Value;
    }

    public void Execute() => _command.ExecuteNonQuery();

    public void Dispose() => _command.Dispose();
}
