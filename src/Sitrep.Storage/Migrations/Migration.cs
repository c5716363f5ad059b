namespace Sitrep.Storage.Migrations;

/// <summary>One embedded schema script: <c>Migrations/NNNN_name.sql</c> gives version NNNN.</summary>
public sealed record Migration(int Version, string Name, string Sql, string Sha256);
