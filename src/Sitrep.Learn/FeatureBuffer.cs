namespace Sitrep.Learn;

/// <summary>
/// A reusable list of feature keys for one decision. Owned by one thread (a stage keeps one per call or per
/// worker); <see cref="Clear"/> keeps the array, so extracting features allocates nothing after warm-up.
/// </summary>
public sealed class FeatureBuffer
{
    private ulong[] _keys;

    public FeatureBuffer(int capacity = 64) => _keys = new ulong[Math.Max(4, capacity)];

    public int Count { get; private set; }

    public ReadOnlySpan<ulong> Keys => _keys.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(ulong key)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
        }

        _keys[Count++] = key;
    }
}
