using Sitrep.Core.Model;

namespace Sitrep.Text.Normalization;

/// <summary>
/// The result of <see cref="TextNormalizer.Normalize"/>: the normalized text, whether it differs from the input,
/// and (only when it does) the map from normalized offsets back to offsets in the raw input.
/// </summary>
public readonly record struct NormalizedText(string Text, bool Changed, OffsetMap? Map)
{
    /// <summary>The raw-input offset of a normalized offset; the identity when the text did not change.</summary>
    public int ToRaw(int offset) => Map?.ToRaw(offset) ?? offset;
}
