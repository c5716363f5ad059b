namespace Sitrep.Extract.Entities;

/// <summary>First-order Viterbi over emission and transition scores, restricted to valid BIO transitions.</summary>
internal static class NerViterbi
{
    public static void Decode(int n, NerLabels labels, ReadOnlySpan<float> emission, ReadOnlySpan<float> transition,
        Span<float> best, Span<int> back, Span<int> output)
    {
        var l = labels.Count;
        var allowed = labels.Allowed;
        for (var y = 0; y < l; y++)
        {
            best[y] = allowed[y] ? emission[y] + transition[y] : float.NegativeInfinity;
            back[y] = -1;
        }

        for (var i = 1; i < n; i++)
        {
            for (var y = 0; y < l; y++)
            {
                var top = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < l; p++)
                {
                    var row = (p + 1) * l + y;
                    if (!allowed[row])
                    {
                        continue;
                    }

                    var s = best[(i - 1) * l + p] + transition[row];
                    if (s > top)
                    {
                        top = s;
                        arg = p;
                    }
                }

                best[i * l + y] = top + emission[i * l + y];
                back[i * l + y] = arg;
            }
        }

        var last = 0;
        for (var y = 1; y < l; y++)
        {
            if (best[(n - 1) * l + y] > best[(n - 1) * l + last])
            {
                last = y;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            output[i] = last;
            last = i > 0 ? back[i * l + last] : 0;
        }
    }
}
