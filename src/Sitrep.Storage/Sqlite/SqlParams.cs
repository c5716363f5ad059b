using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

/// <summary>A prepared insert whose parameters are created once and re-bound per row.</summary>
internal sealed class SqlParams : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public SqlParams(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _parameters = new SqliteParameter[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            _parameters[i] = _command.Parameters.Add(new SqliteParameter { ParameterName = names[i] });
        }

        _command.Prepare();
    }

    /// <summary>Binds values in declaration order (null becomes SQL NULL) and executes; returns rows changed.</summary>
    public int Run(params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
