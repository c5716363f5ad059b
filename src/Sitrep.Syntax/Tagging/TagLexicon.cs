using System.Collections.Frozen;
using System.IO.Compression;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// The tags each frequent word took in the treebank, as an "ambiguity class" key per folded word key ("killed" →
/// {VBD, VBN}). The tagger uses the classes of the word and its right neighbours, whose tags are not yet decided.
/// Learned at training time (words seen at least <c>minCount</c> times, tags with at least 2 occurrences and 5 % of
/// them) and stored in the model bundle as gzip'd (word key, class key) pairs.
/// </summary>
public sealed class TagLexicon
{
    /// <summary>The class of a word the lexicon does not know.</summary>
    public const int Unknown = 0x2D2D2D;

    private readonly FrozenDictionary<int, int> _classes;

    public TagLexicon(IReadOnlyDictionary<int, int> classes) => _classes = classes.ToFrozenDictionary();

    public int Count => _classes.Count;

    public int ClassOf(int wordKey) => _classes.TryGetValue(wordKey, out var c) ? c : Unknown;

    /// <summary>Fills <see cref="SentenceBuffer.Classes"/> for the loaded sentence.</summary>
    public void Fill(SentenceBuffer sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        for (var i = 0; i < sentence.Count; i++)
        {
            sentence.Classes[i] = ClassOf(sentence.Words[i]);
        }
    }

    public static TagLexicon Learn(IEnumerable<(int WordKey, string Tag)> observations, int minCount = 5)
    {
        var counts = new Dictionary<int, Dictionary<string, int>>();
        foreach (var (word, tag) in observations)
        {
            if (!counts.TryGetValue(word, out var byTag))
            {
                counts[word] = byTag = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            byTag[tag] = byTag.GetValueOrDefault(tag) + 1;
        }

        var classes = new Dictionary<int, int>();
        foreach (var (word, byTag) in counts)
        {
            var total = byTag.Values.Sum();
            if (total < minCount)
            {
                continue;
            }

            var tags = byTag.Where(p => p.Value >= 2 && p.Value * 20 >= total).Select(p => p.Key).Order(StringComparer.Ordinal);
            classes[word] = WordKeys.Exact(string.Join('|', tags));
        }

        return new TagLexicon(classes);
    }

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var w = new BinaryWriter(gzip))
        {
            w.Write(_classes.Count);
            foreach (var (word, cls) in _classes.OrderBy(p => p.Key))
            {
                w.Write(word);
                w.Write(cls);
            }
        }

        return buffer.ToArray();
    }

    public static TagLexicon FromBytes(byte[] bytes)
    {
        using var input = new MemoryStream(bytes, writable: false);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var r = new BinaryReader(gzip);
        var count = r.ReadInt32();
        var classes = new Dictionary<int, int>(count);
        for (var i = 0; i < count; i++)
        {
            classes[r.ReadInt32()] = r.ReadInt32();
        }

        return new TagLexicon(classes);
    }
}
