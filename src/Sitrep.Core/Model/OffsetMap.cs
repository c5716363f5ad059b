namespace Sitrep.Core.Model;

/// <summary>
/// Maps offsets of a normalized text back to offsets of the raw text it came from, so provenance can point into
/// the input as read. Offsets are UTF-16 code units; <c>ToRaw(normalized.Length)</c> is the raw length. A
/// character that normalization composed from several raw characters maps to the first of them, so a half-open
/// span maps to the whole raw range it came from (removed characters between two kept ones fall inside it).
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _toRaw;

    /// <param name="toRaw">For each normalized offset 0..n (inclusive), the raw offset it came from; non-decreasing.</param>
    public OffsetMap(int[] toRaw)
    {
        ArgumentNullException.ThrowIfNull(toRaw);
        ArgumentOutOfRangeException.ThrowIfZero(toRaw.Length);
        _toRaw = toRaw;
    }

    /// <summary>Length of the normalized text.</summary>
    public int NormalizedLength => _toRaw.Length - 1;

    public int ToRaw(int normalizedOffset)
    {
        if ((uint)normalizedOffset >= (uint)_toRaw.Length)
        {
            ThrowOutOfRange(normalizedOffset);
        }

        return _toRaw[normalizedOffset];
    }

    public TextSpan ToRaw(TextSpan span) => new(ToRaw(span.Start), ToRaw(span.End));

    private static void ThrowOutOfRange(int offset) =>
        throw new ArgumentOutOfRangeException(nameof(offset), offset, "SITREP-M001: offset outside the normalized text.");
}
