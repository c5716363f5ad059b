using System.Text;

namespace Sitrep.Text.Normalization;

/// <summary>
/// Unicode NFC (via the runtime's ICU) over a cleaned buffer, keeping an offset map in step. Only runs of non-ASCII
/// characters can change under NFC, together with the character just before a run (a base letter that a following
/// combining mark composes with), so each such segment is normalized on its own and everything else is copied.
/// </summary>
internal static class NfcSegments
{
    /// <summary>
    /// Writes NFC of <paramref name="input"/>[0..length) into <paramref name="output"/> and the raw offset of each output
    /// character into <paramref name="outputMap"/> (taken from <paramref name="inputMap"/>); returns the output length.
    /// A segment that changes length maps its i-th output character to the raw offset of its i-th input character
    /// (clamped to the segment), so spans stay monotone and inside the raw range they came from.
    /// </summary>
    public static int Compose(ReadOnlySpan<char> input, ReadOnlySpan<int> inputMap, Span<char> output, Span<int> outputMap)
    {
        var w = 0;
        var i = 0;
        while (i < input.Length)
        {
            var next = input[i..].IndexOfAnyExceptInRange('\0', '\u007F');
            if (next < 0)
            {
                Copy(input[i..], inputMap[i..], output, outputMap, ref w);
                break;
            }

            // The segment starts one character before the first non-ASCII one (its possible base letter).
            var start = i + next > i ? i + next - 1 : i + next;
            Copy(input[i..start], inputMap[i..start], output, outputMap, ref w);
            var end = i + next;
            while (end < input.Length && input[end] > '\u007F')
            {
                end++;
            }

            var segment = input[start..end];
            if (segment.IsNormalized(NormalizationForm.FormC))
            {
                Copy(segment, inputMap[start..end], output, outputMap, ref w);
            }
            else
            {
                var composed = segment.ToString().Normalize(NormalizationForm.FormC);
                for (var k = 0; k < composed.Length; k++)
                {
                    output[w] = composed[k];
                    outputMap[w] = inputMap[start + Math.Min(k, segment.Length - 1)];
                    w++;
                }
            }

            i = end;
        }

        return w;
    }

    private static void Copy(ReadOnlySpan<char> chars, ReadOnlySpan<int> map, Span<char> output, Span<int> outputMap, ref int w)
    {
        chars.CopyTo(output[w..]);
        map.CopyTo(outputMap[w..]);
        w += chars.Length;
    }
}
