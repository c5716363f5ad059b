namespace Sitrep.Ingest.Decoding;

/// <summary>Raised by decoding streams when the input ends early (e.g. a cut-off .gz); reported as TruncatedInput.</summary>
internal sealed class TruncatedInputException(string message) : IOException(message);
