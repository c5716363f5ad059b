using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Migrations;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> scripts in version order, each in its own transaction that
/// also sets <c>PRAGMA user_version</c> and records a row in <c>schema_migrations</c>, so a version is applied
/// completely or not at all.
/// </summary>
public sealed class Migrator
{
    private const string ResourcePrefix = "Sitrep.Storage.Migrations.";

    public Migrator(IReadOnlyList<Migration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new StoreException(StoreErrorCodes.MigrationsInvalid,
                    $"migration versions must run 1..N without gaps; found {migrations[i].Version} at position {i + 1}");
            }
        }

        Migrations = migrations;
    }

    public IReadOnlyList<Migration> Migrations { get; }

    /// <summary>The highest schema version this build knows.</summary>
    public int LatestVersion => Migrations.Count;

    /// <summary>The migrations embedded in this assembly.</summary>
    public static Migrator FromEmbeddedResources()
    {
        var assembly = typeof(Migrator).Assembly;
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var file = resource[ResourcePrefix.Length..^".sql".Length];
            var underscore = file.IndexOf('_', StringComparison.Ordinal);
            if (underscore != 4 || !int.TryParse(file.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new StoreException(StoreErrorCodes.MigrationsInvalid, $"migration '{file}.sql' is not named NNNN_name.sql");
            }

            var sql = Read(assembly, resource);
            list.Add(new Migration(version, file[(underscore + 1)..], sql, Hash(sql)));
        }

        return new Migrator(list.OrderBy(m => m.Version).ToArray());
    }

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Brings the database to <see cref="LatestVersion"/>; returns the versions applied (empty when up to date).</summary>
    public IReadOnlyList<int> Apply(SqliteConnection connection)
    {
        var current = CheckVersion(connection);
        var applied = new List<int>();
        foreach (var migration in Migrations.Where(m => m.Version > current))
        {
            using var tx = connection.BeginTransaction();
            try
            {
                using var cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = migration.Sql;
                cmd.ExecuteNonQuery();

                cmd.CommandText = "INSERT INTO schema_migrations (version, name, sha256) VALUES ($v, $n, $h)";
                cmd.Parameters.AddWithValue("$v", migration.Version);
                cmd.Parameters.AddWithValue("$n", migration.Name);
                cmd.Parameters.AddWithValue("$h", migration.Sha256);
                cmd.ExecuteNonQuery();
                cmd.Parameters.Clear();

                // PRAGMA takes no parameters; the version is an integer of our own, formatted invariantly.
                cmd.CommandText = "PRAGMA user_version = " + migration.Version.ToString(CultureInfo.InvariantCulture);
                cmd.ExecuteNonQuery();
                tx.Commit();
            }
            catch (SqliteException ex)
            {
                throw new StoreException(StoreErrorCodes.MigrationFailed,
                    $"migration {migration.Version:D4}_{migration.Name} failed: {ex.Message}", ex);
            }

            applied.Add(migration.Version);
        }

        return applied;
    }

    /// <summary>The database's version; throws SITREP-S002 when it is newer than this build.</summary>
    public int CheckVersion(SqliteConnection connection)
    {
        var current = CurrentVersion(connection);
        if (current > LatestVersion)
        {
            throw new StoreException(StoreErrorCodes.SchemaTooNew,
                $"database schema version {current} is newer than this build supports ({LatestVersion}); upgrade Sitrep");
        }

        return current;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new StoreException(StoreErrorCodes.MigrationsInvalid, $"missing resource {resource}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Hash(string sql) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
}
