namespace Sitrep.Learn;

/// <summary>
/// Stable 64-bit feature keys: a template id (which feature: "word", "suffix3", "tag-1+tag-2" …) mixed with the
/// feature's value. Keys are the same on every machine and run (FNV-1a over UTF-16 code units, then a final mix), so a
/// model file trained once scores the same everywhere. Zero is never returned (it marks empty slots in
/// <see cref="LinearModel"/>). Nothing is allocated.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The key of a template with a string value.</summary>
    public static ulong Of(int template, ReadOnlySpan<char> value)
    {
        var h = Start(template);
        foreach (var c in value)
        {
            h = (h ^ c) * Prime;
        }

        return Finish(h);
    }

    /// <summary>The key of a template with a lower-cased string value (ASCII and invariant folding), without allocating.</summary>
    public static ulong OfLower(int template, ReadOnlySpan<char> value)
    {
        var h = Start(template);
        foreach (var c in value)
        {
            h = (h ^ char.ToLowerInvariant(c)) * Prime;
        }

        return Finish(h);
    }

    /// <summary>The key of a template with two string values (a separator keeps "ab"+"c" apart from "a"+"bc").</summary>
    public static ulong Of(int template, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var h = Start(template);
        foreach (var c in first)
        {
            h = (h ^ c) * Prime;
        }

        h = (h ^ 0xFFFF) * Prime;
        foreach (var c in second)
        {
            h = (h ^ c) * Prime;
        }

        return Finish(h);
    }

    /// <summary>The key of a template with integer values (tag ids, distances, valencies).</summary>
    public static ulong Of(int template, int a, int b = 0, int c = 0)
    {
        var h = Start(template);
        h = (h ^ (uint)a) * Prime;
        h = (h ^ (uint)b) * Prime;
        h = (h ^ (uint)c) * Prime;
        return Finish(h);
    }

    /// <summary>Conjoins a key with further integer values (e.g. a word key with the previous tag).</summary>
    public static ulong Combine(ulong key, int a, int b = 0)
    {
        var h = (key ^ (uint)a) * Prime;
        h = (h ^ (uint)b) * Prime;
        return Finish(h);
    }

    private static ulong Start(int template) => (Offset ^ (uint)template) * Prime;

    private static ulong Finish(ulong h)
    {
        // SplitMix64 finalizer: spreads FNV's weak low bits so the table's power-of-two masking is uniform.
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        h ^= h >> 31;
        return h == 0 ? 1 : h;
    }
}
