namespace Sitrep.Extract.Dates.Evaluation;

/// <summary>A TimeML file could not be read. D101 not XML · D102 no usable DCT · D103 no TEXT element.</summary>
public sealed class TimeMlException(string code, string file, string message) : Exception($"{code}: {file}: {message}")
{
    public string Code { get; } = code;

    public string File { get; } = file;
}
