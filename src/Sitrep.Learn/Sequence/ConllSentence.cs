namespace Sitrep.Learn.Sequence;

/// <summary>One sentence of a CoNLL file: tokens and their BIO tags (same length); <see cref="DocumentStart"/> marks
/// the first sentence after a <c>-DOCSTART-</c> line.</summary>
public sealed record ConllSentence(string[] Tokens, string[] Tags, bool DocumentStart);
