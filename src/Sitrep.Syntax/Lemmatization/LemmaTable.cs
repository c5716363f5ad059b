using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace Sitrep.Syntax.Lemmatization;

/// <summary>
/// The lemma of every (form, XPOS) pair seen in the treebank (its most frequent lemma, ties to the ordinal-first),
/// learned at training time and stored in the model bundle. Lookups take a span and return the stored string, so a
/// known word's lemma costs no allocation. Serialized as gzip'd "form TAB xpos TAB lemma" lines ("=" = the form).
/// </summary>
public sealed class LemmaTable
{
    private readonly FrozenDictionary<string, string> _map;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public LemmaTable(IReadOnlyDictionary<string, string> map)
    {
        _map = map.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _map.Count;

    /// <summary>Learns the table from (form, xpos, lemma) observations.</summary>
    public static LemmaTable Learn(IEnumerable<(string Form, string Xpos, string Lemma)> observations)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (form, xpos, lemma) in observations)
        {
            if (lemma is "_" or "" || form.Contains('\t', StringComparison.Ordinal))
            {
                continue;
            }

            var key = form + "\t" + xpos;
            if (!counts.TryGetValue(key, out var byLemma))
            {
                counts[key] = byLemma = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            byLemma[lemma] = byLemma.GetValueOrDefault(lemma) + 1;
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, byLemma) in counts)
        {
            map[key] = byLemma.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
        }

        return new LemmaTable(map);
    }

    public bool TryGet(ReadOnlySpan<char> form, string xpos, out string lemma)
    {
        lemma = "";
        var length = form.Length + 1 + xpos.Length;
        if (length > 128)
        {
            return false;
        }

        Span<char> key = stackalloc char[length];
        form.CopyTo(key);
        key[form.Length] = '\t';
        xpos.AsSpan().CopyTo(key[(form.Length + 1)..]);
        if (_lookup.TryGetValue(key, out var found))
        {
            lemma = found;
            return true;
        }

        return false;
    }

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var w = new StreamWriter(gzip, new UTF8Encoding(false)))
        {
            foreach (var (key, lemma) in _map.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var form = key[..key.IndexOf('\t', StringComparison.Ordinal)];
                w.Write(key);
                w.Write('\t');
                w.Write(string.Equals(form, lemma, StringComparison.Ordinal) ? "=" : lemma);
                w.Write('\n');
            }
        }

        return buffer.ToArray();
    }

    public static LemmaTable FromBytes(byte[] bytes)
    {
        using var input = new MemoryStream(bytes, writable: false);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var r = new StreamReader(gzip, Encoding.UTF8);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var interned = new Dictionary<string, string>(StringComparer.Ordinal);
        while (r.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                throw new SyntaxResourceException("lemma table", map.Count + 1, "expected form, xpos, lemma.");
            }

            var lemma = parts[2] == "=" ? parts[0] : parts[2];
            if (!interned.TryGetValue(lemma, out var shared))
            {
                interned[lemma] = shared = lemma;
            }

            map[parts[0] + "\t" + parts[1]] = shared;
        }

        return new LemmaTable(map);
    }
}
