namespace Sitrep.Storage;

/// <summary>A storage failure with a stable <see cref="Code"/> from <see cref="StoreErrorCodes"/>.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string code, string message, Exception? inner = null)
        : base($"{code}: {message}", inner)
    {
        Code = code;
    }

    public string Code { get; }
}
