namespace Sitrep.Text.Lexicons;

/// <summary>Whether an abbreviation can end a sentence. Written in lower case in abbreviations.tsv.</summary>
public enum AbbreviationKind : byte
{
    /// <summary>Never ends a sentence ("Mr.", "Gen.", "No.", "Jan.").</summary>
    Inner,

    /// <summary>An abbreviation only before a number ("No. 5", "Art. 5"); elsewhere "No." is the word "No" and a period.</summary>
    Numeric,

    /// <summary>May end a sentence ("U.S.", "etc.", "Inc.") when the next word starts one.</summary>
    Either,
}
