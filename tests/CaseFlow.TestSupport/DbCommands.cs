using System.Data.Common;
using System.Text.RegularExpressions;

namespace CaseFlow.TestSupport;

/// <summary>
/// A test's own SQL on either provider: parameters are written <c>$name</c> (SQLite's form) and become <c>@name</c> on
/// PostgreSQL; identifiers are double-quoted, which both read the same.
/// </summary>
public static partial class DbCommands
{
    public static DbCommand Command(this DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var npgsql = connection is Npgsql.NpgsqlConnection;
        var command = connection.CreateCommand();
        command.CommandText = npgsql ? Parameter().Replace(sql, "@$1") : sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = npgsql ? "@" + name.TrimStart('$') : name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    [GeneratedRegex(@"\$([A-Za-z_]\w*)")]
    private static partial Regex Parameter();
}
