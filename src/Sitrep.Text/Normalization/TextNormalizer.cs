using System.Buffers;
using System.Text;
using Sitrep.Core.Model;

namespace Sitrep.Text.Normalization;

/// <summary>
/// Normalizes raw article text: CRLF and lone CR become LF; Unicode space separators (NBSP, thin space, …)
/// become U+0020 and line/paragraph separators LF; BOM/U+FEFF, U+200B, the soft hyphen U+00AD and control
/// characters other than LF and TAB are removed; a lone surrogate becomes U+FFFD; then Unicode NFC (see <see cref="NfcSegments"/>).
/// Immutable and thread-safe. When nothing needs changing it returns the input instance with
/// <see cref="NormalizedText.Changed"/> false and no offset map.
/// </summary>
public sealed class TextNormalizer
{
    private static readonly SearchValues<char> NeedsCleaning = SearchValues.Create(BuildCleaningSet());

    public NormalizedText Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var span = raw.AsSpan();
        if (span.IndexOfAny(NeedsCleaning) < 0)
        {
            var nonAscii = span.IndexOfAnyExceptInRange('\0', '\u007F');
            if (nonAscii < 0 || span.IsNormalized(NormalizationForm.FormC))
            {
                return new NormalizedText(raw, false, null);
            }
        }

        return NormalizeSlow(raw);
    }

    private static NormalizedText NormalizeSlow(string raw)
    {
        var chars = ArrayPool<char>.Shared.Rent(raw.Length);
        var map = ArrayPool<int>.Shared.Rent(raw.Length + 1);
        // NFC never lengthens BMP text by more than a factor of 3 (UAX #15 stability bound), so 3x is always enough.
        var composed = ArrayPool<char>.Shared.Rent((3 * raw.Length) + 1);
        var composedMap = ArrayPool<int>.Shared.Rent((3 * raw.Length) + 2);
        try
        {
            var length = Clean(raw, chars, map);
            var cleaned = chars.AsSpan(0, length);
            if (cleaned.IndexOfAnyExceptInRange('\0', '\u007F') >= 0 && !cleaned.IsNormalized(NormalizationForm.FormC))
            {
                length = NfcSegments.Compose(cleaned, map.AsSpan(0, length), composed, composedMap);
                (chars, composed) = (composed, chars);
                (map, composedMap) = (composedMap, map);
            }

            var result = chars.AsSpan(0, length);
            if (result.SequenceEqual(raw))
            {
                return new NormalizedText(raw, false, null);
            }

            map[length] = raw.Length;
            return new NormalizedText(new string(result), true, new OffsetMap(map.AsSpan(0, length + 1).ToArray()));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(map);
            ArrayPool<char>.Shared.Return(composed);
            ArrayPool<int>.Shared.Return(composedMap);
        }
    }

    private static int Clean(string raw, char[] chars, int[] map)
    {
        var w = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsSurrogate(c))
            {
                // A well-formed pair is kept; a lone surrogate (broken input) becomes U+FFFD, one for one.
                if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
                {
                    chars[w] = c;
                    map[w++] = i++;
                    c = raw[i];
                }
                else
                {
                    c = '\uFFFD';
                }

                chars[w] = c;
                map[w] = i;
                w++;
                continue;
            }

            switch (Classify(c))
            {
                case Action.Keep:
                    break;
                case Action.Remove:
                    continue;
                case Action.Space:
                    c = ' ';
                    break;
                case Action.LineFeed:
                    if (c == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
                    {
                        continue; // the LF that follows is kept and maps to itself
                    }

                    c = '\n';
                    break;
            }

            chars[w] = c;
            map[w] = i;
            w++;
        }

        return w;
    }

    private static Action Classify(char c) => c switch
    {
        '\n' or '\t' => Action.Keep,
        '\r' or '\u2028' or '\u2029' => Action.LineFeed,
        < '\u0020' or (>= '\u007F' and <= '\u009F') => Action.Remove,
        '\u00AD' or '\u200B' or '\uFEFF' => Action.Remove,
        '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' => Action.Space,
        _ => Action.Keep,
    };

    private static char[] BuildCleaningSet()
    {
        var set = new List<char>();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if ((c != ' ' && Classify((char)c) != Action.Keep) || char.IsSurrogate((char)c))
            {
                set.Add((char)c);
            }
        }

        return [.. set];
    }

    private enum Action : byte
    {
        Keep,
        Remove,
        Space,
        LineFeed,
    }
}
