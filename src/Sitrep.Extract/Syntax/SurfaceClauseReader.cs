using Sitrep.Core.Model;

namespace Sitrep.Extract.Syntax;

/// <summary>
/// Frames from the surface when the syntax layer is absent: the trigger's clause runs between clause breaks
/// (commas, "that", "which", …); a verb's subject is the clause before it and its object the words up to the first
/// preposition; a noun's actor comes from its pre-modifiers ("a Russian missile strike") or, after a light verb
/// ("held talks"), from the clause subject. Stateless and thread-safe.
/// </summary>
public sealed class SurfaceClauseReader : IClauseReader
{
    private const int MaxBack = 14;
    private const int MaxForward = 16;

    public ClauseFrame Read(Document document, SentenceWords words, int trigger, int triggerEnd, bool isVerb)
    {
        ArgumentNullException.ThrowIfNull(words);
        var w = words.Lower;
        var cs = trigger;
        while (cs > 0 && trigger - cs < MaxBack && !IsBreak(words, cs - 1))
        {
            cs--;
        }

        var ce = triggerEnd;
        while (ce < words.Count && ce - triggerEnd < MaxForward && !IsBreak(words, ce))
        {
            ce++;
        }

        var obliques = Obliques(words, triggerEnd, ce);
        if (isVerb)
        {
            var passive = IsPassive(words, trigger);
            var oe = triggerEnd;
            while (oe < ce && !FunctionWords.Prepositions.Contains(w[oe]))
            {
                oe++;
            }

            return new ClauseFrame(new TokenRange(cs, trigger), new TokenRange(triggerEnd, oe), obliques, default, [new TokenRange(Subordinator(words, cs), trigger)], passive);
        }

        var ns = trigger;
        while (ns > cs && words.Kinds[ns - 1] == TokenKind.Word && !FunctionWords.Prepositions.Contains(w[ns - 1])
            && !FunctionWords.LightVerbs.Contains(w[ns - 1]) && !FunctionWords.BeForms.Contains(w[ns - 1]))
        {
            ns--;
        }

        var modifiers = new TokenRange(ns, trigger);
        if (ns > cs && FunctionWords.LightVerbs.Contains(w[ns - 1]))
        {
            return new ClauseFrame(new TokenRange(cs, ns - 1), default, obliques, modifiers, [new TokenRange(cs, ns)], false);
        }

        if (ns > cs && w[ns - 1] == "to")
        {
            // an infinitive read as a noun ("continue to shell"): the clause governs it
            return new ClauseFrame(new TokenRange(cs, ns - 1), default, obliques, modifiers, [new TokenRange(Subordinator(words, cs), ns)], false);
        }

        if (ns == cs)
        {
            // the noun heads the clause's subject: "the talks will take place", "the strike killed"
            return new ClauseFrame(default, default, obliques, modifiers, [modifiers, new TokenRange(triggerEnd, Math.Min(triggerEnd + 3, ce))], false);
        }

        return new ClauseFrame(default, default, obliques, modifiers, [modifiers], false);
    }

    /// <summary>The clause start, widened to take in a subordinator that opens it ("if", "unless").</summary>
    private static int Subordinator(SentenceWords words, int cs) => cs > 0 && words.Lower[cs - 1] is "if" or "unless" ? cs - 1 : cs;

    private static bool IsBreak(SentenceWords words, int i) =>
        FunctionWords.ClauseBreaks.Contains(words.Lower[i]) || (words.Kinds[i] == TokenKind.Punctuation && words.Lower[i] is not ("'s" or "’s" or "-" or "'" or "’"));

    private static bool IsPassive(SentenceWords words, int trigger)
    {
        var form = words.Lower[trigger];
        if (!form.EndsWith("ed", StringComparison.Ordinal) && form is not ("hit" or "struck" or "shot" or "sent" or "held" or "met" or "seen" or "shown"))
        {
            return false;
        }

        for (var k = trigger - 1; k >= 0 && trigger - k <= 3; k--)
        {
            if (FunctionWords.BeForms.Contains(words.Lower[k]))
            {
                return k < trigger - 1 ? words.Lower[k + 1] is "been" or "being" or "reportedly" or "also" or "allegedly" or "then" or "later" or "not" : true;
            }
        }

        return false;
    }

    private static List<Oblique> Obliques(SentenceWords words, int from, int to)
    {
        var list = new List<Oblique>();
        for (var i = from; i < to; i++)
        {
            if (!FunctionWords.Prepositions.Contains(words.Lower[i]))
            {
                continue;
            }

            var e = i + 1;
            while (e < to && !FunctionWords.Prepositions.Contains(words.Lower[e]))
            {
                e++;
            }

            list.Add(new Oblique(words.Lower[i], new TokenRange(i + 1, e)));
        }

        return list;
    }
}
