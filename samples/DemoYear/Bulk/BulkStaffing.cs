using Microsoft.Data.Sqlite;

namespace CaseFlow.DemoYear.Bulk;

/// <summary>
/// The staff who hold the bulk year's tasks: three clerks per window, two approvers per department, as users of their own
/// (inactive, with no usable password: they exist for 时效考核 by person, nobody signs in as them).
/// </summary>
public sealed class BulkStaffing
{
    private readonly Dictionary<long, BulkStaff[]> _byUnit = new();

    public BulkStaff Pick(long unitId, Random random) => _byUnit[unitId][random.Next(_byUnit[unitId].Length)];

    public static BulkStaffing Create(SqliteConnection connection, BulkUnit[] windows, BulkUnit[] departments, Random random)
    {
        var staffing = new BulkStaffing();
        var next = BulkSql.Scalar(connection, """SELECT COALESCE(MAX("Id"), 0) FROM "Users" """) + 1;
        using var transaction = connection.BeginTransaction();
        using var insert = new PreparedInsert(connection, "Users", ["Id", "UserName", "DisplayName", "PasswordHash", "IsActive"]);
        insert.Begin(transaction);
        foreach (var (unit, people) in windows.Select(w => (w, 3)).Concat(departments.Select(d => (d, 2))))
        {
            var staff = new BulkStaff[people];
            for (var i = 0; i < people; i++)
            {
                staff[i] = new BulkStaff(next++, $"{unit.Code.ToLowerInvariant()}-{i + 1}");
                insert.Clear();
                insert["Id"] = staff[i].Id;
                insert["UserName"] = staff[i].UserName;
                insert["DisplayName"] = BulkSql.Name(random);
                insert["PasswordHash"] = "!";
                insert["IsActive"] = false;
                insert.Execute();
            }
            staffing._byUnit[unit.Id] = staff;
        }
        transaction.Commit();
        return staffing;
    }
}
