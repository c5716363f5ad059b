using Sitrep.Core.Model;

namespace Sitrep.Extract.Entities;

/// <summary>The document's text and tokens with the drafts found so far, and small token helpers.</summary>
internal sealed class EntityContext(string text, Token[] tokens, EntityLexicon lexicon)
{
    public string Text { get; } = text;

    public Token[] Tokens { get; } = tokens;

    public EntityLexicon Lexicon { get; } = lexicon;

    public List<EntityDraft> Drafts { get; } = [];

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    public bool Is(int i, string word) => i >= 0 && i < Tokens.Length && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPossessive(int i) => i >= 0 && i < Tokens.Length && Word(i) is "'s" or "\u2019s" or "'" or "\u2019";

    /// <summary>The lower-case key of tokens [first, end).</summary>
    public string Key(int first, int end) => EntityLexicon.Key(Surface(first, end));

    public string Surface(int first, int end) => Text[Tokens[first].Start..Tokens[end - 1].End];

    /// <summary>The draft ending exactly before token <paramref name="end"/> (exclusive end), or null.</summary>
    public EntityDraft? EndingAt(int end)
    {
        // Plain loops, not List.Find with a lambda: these run for every token, and a capturing lambda is an allocation.
        foreach (var d in Drafts)
        {
            if (d.End == end)
            {
                return d;
            }
        }

        return null;
    }

    public EntityDraft? StartingAt(int first)
    {
        foreach (var d in Drafts)
        {
            if (d.First == first)
            {
                return d;
            }
        }

        return null;
    }

    public bool Covered(int i)
    {
        foreach (var d in Drafts)
        {
            if (d.First <= i && i < d.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The <see cref="Key"/> of tokens [first, end) written into <paramref name="buffer"/>; false (and nothing written)
    /// when the surface is longer than the buffer.
    /// </summary>
    public bool TryKey(int first, int end, Span<char> buffer, out ReadOnlySpan<char> key)
    {
        var surface = Text.AsSpan(Tokens[first].Start, Tokens[end - 1].End - Tokens[first].Start);
        if (surface.Length > buffer.Length)
        {
            key = default;
            return false;
        }

        key = buffer[..EntityLexicon.KeyInto(surface, buffer)];
        return true;
    }

    /// <summary>The longest title phrase ending just before token <paramref name="end"/>: its first token and role.</summary>
    public (int First, string Role)? TitleEndingAt(int end, int floor)
    {
        // Hot (every token of every sentence asks): keys are built in a stack buffer, and a last token whose key ends
        // no title stops the search before any longer key is built.
        if (end - 1 < 0 || end > Tokens.Length || end - 1 < floor || !WordKeyIn(end - 1, Lexicon.TitleSuffixes))
        {
            return null;
        }

        for (var len = Math.Min(Lexicon.MaxTitleTokens, end - floor); len >= 1; len--)
        {
            if (TryTitle(end - len, end, out var role))
            {
                return (end - len, role);
            }
        }

        return null;
    }

    /// <summary>The longest title phrase starting at token <paramref name="first"/>: its end and role.</summary>
    public (int End, string Role)? TitleStartingAt(int first, int ceiling)
    {
        if (first < 0 || first >= Tokens.Length || first >= ceiling || !WordKeyIn(first, Lexicon.TitlePrefixes))
        {
            return null;
        }

        for (var len = Math.Min(Lexicon.MaxTitleTokens, ceiling - first); len >= 1; len--)
        {
            if (TryTitle(first, first + len, out var role))
            {
                return (first + len, role);
            }
        }

        return null;
    }

    private bool WordKeyIn(int i, System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        var word = Word(i);
        if (word.Length > 64)
        {
            return set.Contains(EntityLexicon.Key(word));
        }

        Span<char> buffer = stackalloc char[word.Length];
        return set.Contains(buffer[..EntityLexicon.KeyInto(word, buffer)]);
    }

    private bool TryTitle(int first, int end, out string role)
    {
        Span<char> buffer = stackalloc char[256];
        return TryKey(first, end, buffer, out var key)
            ? Lexicon.TitleLookup.TryGetValue(key, out role!)
            : Lexicon.Titles.TryGetValue(Key(first, end), out role!);
    }
}
