namespace Sitrep.Text.Normalization;

/// <summary>
/// Canonical composition (the C of NFC) over a buffer, in place, keeping an offset map in step. The runtime runs
/// with InvariantGlobalization, where <see cref="string.Normalize()"/> does nothing for non-ASCII text, so this
/// uses <see cref="NfcData"/> (BMP only). It assumes the input is in canonical order and does not fully decompose
/// precomposed characters first; that covers real text (base letter + combining marks, singletons such as
/// U+212B), but not Hangul jamo or out-of-order mark sequences.
/// </summary>
internal static class NfcComposer
{
    /// <summary>Composes <paramref name="buffer"/>[0..length) in place; returns the new length.</summary>
    public static int Compose(Span<char> buffer, Span<int> map, int length)
    {
        var starter = -1;
        var lastClass = 0;
        var w = 0;
        for (var r = 0; r < length; r++)
        {
            var c = Singleton(buffer[r]);
            var cls = CombiningClass(c);
            if (starter >= 0 && (w == starter + 1 || (lastClass != 0 && lastClass < cls))
                && TryCompose(buffer[starter], c, out var composite))
            {
                buffer[starter] = composite;
                continue;
            }

            if (cls == 0)
            {
                starter = w;
            }

            lastClass = cls;
            buffer[w] = c;
            map[w] = map[r];
            w++;
        }

        return w;
    }

    private static char Singleton(char c)
    {
        if (c < 0x300)
        {
            return c;
        }

        var table = NfcData.Singletons;
        int lo = 0, hi = table.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var key = table[mid] >> 16;
            if (key == c)
            {
                return (char)(table[mid] & 0xFFFF);
            }

            if (key < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return c;
    }

    private static int CombiningClass(char c)
    {
        if (c < 0x300)
        {
            return 0;
        }

        var table = NfcData.CombiningClasses;
        int lo = 0, hi = table.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var key = table[mid] >> 8;
            if (key == c)
            {
                return (int)(table[mid] & 0xFF);
            }

            if (key < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return 0;
    }

    private static bool TryCompose(char first, char second, out char composite)
    {
        var index = NfcData.PairKeys.BinarySearch(((uint)first << 16) | second);
        composite = index >= 0 ? NfcData.PairValues[index] : '\0';
        return index >= 0;
    }
}
