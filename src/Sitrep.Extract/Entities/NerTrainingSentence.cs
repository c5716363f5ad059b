using Sitrep.Core.Model;
using Sitrep.Learn.Sequence;

namespace Sitrep.Extract.Entities;

/// <summary>A CoNLL sentence as text (tokens joined by spaces) with token offsets and gold label ids.</summary>
public sealed record NerTrainingSentence(string Text, Token[] Tokens, int[] Gold)
{
    public static NerTrainingSentence From(ConllSentence sentence, Func<string, int> labelId)
    {
        var text = string.Join(' ', sentence.Tokens);
        var tokens = new Token[sentence.Tokens.Length];
        var gold = new int[tokens.Length];
        var at = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = new Token(at, at + sentence.Tokens[i].Length, TokenKind.Word);
            at += sentence.Tokens[i].Length + 1;
            gold[i] = labelId(sentence.Tags[i]);
        }

        return new NerTrainingSentence(text, tokens, gold);
    }
}
