using Sitrep.Core.Model;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Casualties;

/// <summary>
/// With the parse, a casualty verb's subject that counts people is its figure, however many words stand between them
/// ("198 children have been confirmed to have been killed", "at least 40 soldiers are believed to have been wounded"):
/// the subject of the cue, or of the verb that controls it (an open complement's head, the verb before an infinitive's
/// "to"), with a number of its own (nummod) or being one.
/// Only a cue that follows its figure counts (cues.tsv position "after"), so "the strike killed 35" stays the surface
/// reading's. Pure.
/// </summary>
internal static class CasualtySubject
{
    private const int MaxRaising = 3;

    internal static void Add(CasualtyParser parser, SentenceWords words, Document document, List<CasualtyFigure> found)
    {
        var syntax = document.Syntax;
        var first = words.FirstToken;
        var end = first + words.Count;
        if (end > syntax.Length)
        {
            return;
        }

        for (var c = 0; c < words.Count; c++)
        {
            if (CueAt(parser, words, c) is not { } cue || found.Exists(f => f.CueToken == c))
            {
                continue;
            }

            var subject = Subject(syntax, first + c, first, end);
            if (subject < 0 || Number(syntax, subject, first, end) is not { } number || number - first >= c)
            {
                continue;
            }

            var at = number - first;
            if (!parser.TryAmount(words, at, out var start, out var numEnd, out var low, out var high) || numEnd > c
                || found.Exists(f => f.Span.Overlaps(words.SpanOf(start, numEnd))))
            {
                continue;
            }

            found.Add(new CasualtyFigure(cue.Kind, low, high, words.SpanOf(start, numEnd), c));
        }
    }

    /// <summary>The kind of an after-figure cue at <paramref name="c"/> that does not lump both kinds ("killed or wounded").</summary>
    private static (CasualtyKind Kind, int Length)? CueAt(CasualtyParser parser, SentenceWords words, int c)
    {
        foreach (var (tokens, kind, before) in parser.Lexicon.Cues)
        {
            if (!before && words.Matches(c, tokens))
            {
                var k = c + tokens.Length;
                var lumped = k + 1 < words.Count && words.Lower[k] is "or" or "and" or "/" && parser.OtherKindCueAt(words, k + 1, kind);
                return lumped ? null : (kind, tokens.Length);
            }
        }

        return null;
    }

    /// <summary>The subject of the cue, or of the verb whose open complement it is ("confirmed to have been killed").</summary>
    private static int Subject(TokenSyntax[] syntax, int cue, int first, int end)
    {
        var verb = cue;
        for (var hop = 0; hop <= MaxRaising; hop++)
        {
            for (var t = first; t < end; t++)
            {
                if (syntax[t].Head == verb && syntax[t].Relation is "nsubj:pass" or "nsubj")
                {
                    return t;
                }
            }

            verb = Controller(syntax, verb, first, end);
            if (verb < 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The verb whose subject a subjectless verb shares: the head of an open complement, or the verb right before the "to"
    /// of an infinitive ("have been confirmed to have been killed", even when the parse hangs the infinitive elsewhere); -1 if none.
    /// </summary>
    private static int Controller(TokenSyntax[] syntax, int verb, int first, int end)
    {
        if (syntax[verb].Relation == "xcomp" && syntax[verb].Head >= first && syntax[verb].Head < end)
        {
            return syntax[verb].Head;
        }

        for (var t = first + 1; t < verb; t++)
        {
            if (syntax[t].Head == verb && syntax[t].Relation == "mark" && syntax[t].Upos == UniversalPos.PART
                && syntax[t - 1].Upos == UniversalPos.VERB)
            {
                return t - 1;
            }
        }

        return -1;
    }

    /// <summary>The first token of the subject's number: its numeric modifier, or the subject itself when it is a number.</summary>
    private static int? Number(TokenSyntax[] syntax, int subject, int first, int end)
    {
        if (syntax[subject].Upos == UniversalPos.NUM)
        {
            return subject;
        }

        for (var t = first; t < end; t++)
        {
            if (syntax[t].Head == subject && syntax[t].Relation == "nummod")
            {
                return t;
            }
        }

        return null;
    }
}
