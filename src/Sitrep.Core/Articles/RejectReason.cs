namespace Sitrep.Core.Articles;

/// <summary>Why a record was rejected. The names are stable codes: they appear in rejects files.</summary>
public enum RejectReason
{
    MalformedRecord,
    MissingField,
    MissingDate,
    InvalidDate,
    EmptyText,
    TooLarge,
    BinaryContent,
    TruncatedInput,
    Unreadable,
    UnsupportedFormat,
    ProcessingFailed,
}
