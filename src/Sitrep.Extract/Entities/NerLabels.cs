namespace Sitrep.Extract.Entities;

/// <summary>
/// A BIO tag set ("O", "B-PER", "I-PER" …) with the valid transitions: <c>I-X</c> only after <c>B-X</c> or
/// <c>I-X</c>. Transition index <c>prev + 1</c> (so −1, the sentence start, is row 0).
/// </summary>
public sealed class NerLabels
{
    public NerLabels(IReadOnlyList<string> labels)
    {
        Names = labels;
        Prefix = new char[labels.Count];
        TypeOf = new string?[labels.Count];
        Allowed = new bool[(labels.Count + 1) * labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            var l = labels[i];
            Prefix[i] = l.Length > 2 && l[1] == '-' ? l[0] : 'O';
            TypeOf[i] = Prefix[i] == 'O' ? null : l[2..];
        }

        for (var prev = -1; prev < labels.Count; prev++)
        {
            for (var cur = 0; cur < labels.Count; cur++)
            {
                Allowed[(prev + 1) * labels.Count + cur] = Prefix[cur] != 'I'
                    || (prev >= 0 && Prefix[prev] != 'O' && string.Equals(TypeOf[prev], TypeOf[cur], StringComparison.Ordinal));
            }
        }
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    /// <summary>'B', 'I' or 'O' per label.</summary>
    public char[] Prefix { get; }

    /// <summary>The entity type of each label (null for O).</summary>
    public string?[] TypeOf { get; }

    /// <summary>Allowed[(prev + 1) * Count + cur].</summary>
    public bool[] Allowed { get; }

    /// <summary>The labels of a set of entity types in a fixed order: O, then B-/I- per type sorted ordinally.</summary>
    public static List<string> ForTypes(IEnumerable<string> types)
    {
        var labels = new List<string> { "O" };
        foreach (var t in types.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            labels.Add("B-" + t);
            labels.Add("I-" + t);
        }

        return labels;
    }
}
