namespace Sitrep.Core.Articles;

/// <summary>Where a record came from: a file (or "-" for standard input), a 1-based line or record number, and the record id when known.</summary>
public readonly record struct SourceRef(string File, long Line = 0, string? RecordId = null)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        return RecordId is null ? where : $"{where} (id {RecordId})";
    }
}
