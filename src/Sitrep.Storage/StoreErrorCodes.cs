namespace Sitrep.Storage;

/// <summary>Stable error codes carried by <see cref="StoreException"/>; they appear in CLI messages and logs.</summary>
public static class StoreErrorCodes
{
    /// <summary>The file could not be opened as a SQLite database.</summary>
    public const string CannotOpen = "SITREP-S001";

    /// <summary>The database was written by a newer Sitrep: its schema version is above the highest this build knows.</summary>
    public const string SchemaTooNew = "SITREP-S002";

    /// <summary>A migration script failed; the database stays at the previous version.</summary>
    public const string MigrationFailed = "SITREP-S003";

    /// <summary>The embedded migration scripts are malformed (bad name, gap or duplicate version): a build defect.</summary>
    public const string MigrationsInvalid = "SITREP-S004";

    /// <summary>Writing a batch failed; the whole batch was rolled back.</summary>
    public const string BatchFailed = "SITREP-S005";

    /// <summary>A read-only database has pending migrations; open it read-write once to upgrade.</summary>
    public const string NeedsMigration = "SITREP-S006";

    /// <summary>A query argument is out of range (negative limit, empty id, …).</summary>
    public const string InvalidArgument = "SITREP-S007";
}
