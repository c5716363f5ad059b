namespace Sitrep.Learn.Sequence;

/// <summary>An entity chunk over tokens: [<see cref="Start"/>, <see cref="End"/>) with its type.</summary>
public readonly record struct LabeledSpan(int Start, int End, string Type)
{
    /// <summary>Chunks of a BIO tag sequence with conlleval's rules: a chunk starts at <c>B-X</c>, at an <c>I-X</c>
    /// after a different type or <c>O</c>, and ends before anything that is not <c>I-X</c> of the same type.</summary>
    public static List<LabeledSpan> FromBio(IReadOnlyList<string> tags)
    {
        var spans = new List<LabeledSpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var prefix = tag.Length > 1 && tag[1] == '-' ? tag[0] : 'O';
            var t = prefix == 'O' ? null : tag[2..];
            var continues = prefix == 'I' && type is not null && string.Equals(t, type, StringComparison.Ordinal);
            if (type is not null && !continues)
            {
                spans.Add(new LabeledSpan(start, i, type));
                type = null;
            }

            if (t is not null && !continues)
            {
                start = i;
                type = t;
            }
        }

        return spans;
    }
}
