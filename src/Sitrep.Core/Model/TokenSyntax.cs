namespace Sitrep.Core.Model;

/// <summary>
/// The syntax layer of one token, parallel to <see cref="Document.Tokens"/>: UPOS and PTB XPOS tags, lemma, and the
/// dependency arc to its head. <see cref="Head"/> is an index into <see cref="Document.Tokens"/> (not sentence-relative),
/// or -1 for the root of a sentence. <see cref="Xpos"/>, <see cref="Lemma"/> and <see cref="Relation"/> are interned by the
/// model's vocabulary where possible so a parse allocates little.
/// </summary>
public readonly record struct TokenSyntax(UniversalPos Upos, string Xpos, string Lemma, int Head, string Relation)
{
    public bool IsRoot => Head < 0;
}
