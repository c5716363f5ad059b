using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Casualties;

/// <summary>
/// Finds killed/injured figures in a sentence: a number (digits, number words, "a dozen", "dozens"), the qualifier
/// that precedes it, and a cue next to it ("35 people were killed", "killing two children", "death toll rose to 34").
/// A number with no adjacent cue (dates, ages, weapon counts, distances) is never a figure; a figure that lumps
/// killed and injured together ("5,000 killed or wounded") fills neither. Immutable and thread-safe.
/// </summary>
public sealed class CasualtyParser(CasualtyLexicon lexicon)
{
    private const int MaxGap = 3;

    public CasualtyLexicon Lexicon { get; } = lexicon ?? throw new ArgumentNullException(nameof(lexicon));

    /// <summary>Cheap test: does the sentence contain any cue word?</summary>
    public bool MayContain(SentenceWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var w in words.Lower)
        {
            if (Lexicon.CueWords.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    public List<CasualtyFigure> Parse(SentenceWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<CasualtyFigure>();
        if (!MayContain(words))
        {
            return found;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!TryAmount(words, i, out var start, out var numEnd, out var low, out var high))
            {
                continue;
            }

            var span = words.SpanOf(start, numEnd);
            if (CueAfter(words, numEnd) is { } after)
            {
                if (!after.Lumped)
                {
                    found.Add(new CasualtyFigure(after.Kind, low, high, span, after.Token));
                }
            }
            else if (CueBefore(words, start) is { } before && FollowerOk(words, numEnd))
            {
                found.Add(new CasualtyFigure(before.Kind, low, high, span, before.Token));
            }

            i = numEnd - 1;
        }

        return found;
    }

    /// <summary>
    /// Figures whose number is the subject of a casualty verb it is too far from for <see cref="Parse(SentenceWords)"/>
    /// ("198 children have been confirmed to have been killed"), read from the parse; the plain figures without it.
    /// </summary>
    public List<CasualtyFigure> Parse(SentenceWords words, Document? document)
    {
        var found = Parse(words);
        if (document is not null && (document.Layers & Layer.Syntax) != 0 && MayContain(words))
        {
            CasualtySubject.Add(this, words, document, found);
        }

        return found;
    }

    /// <summary>A number at <paramref name="i"/> with the qualifier before it ("at least 35"): its bounds and token range.</summary>
    internal bool TryAmount(SentenceWords words, int i, out int start, out int numEnd, out int? low, out int? high)
    {
        start = i;
        if (!TryNumber(words, i, out numEnd, out low, out high))
        {
            return false;
        }

        var bound = Qualifier(words, i, out var qualStart);
        if (bound is { } b && low == high && low is { } n)
        {
            (low, high) = b switch
            {
                QualifierBound.Min => ((int?)n, (int?)null),
                QualifierBound.Over => (n + 1, null),
                QualifierBound.Max => (null, n),
                QualifierBound.Under => (null, n - 1),
                _ => (n, n),
            };
            start = qualStart;
        }

        return true;
    }

    private bool TryNumber(SentenceWords w, int i, out int end, out int? low, out int? high)
    {
        end = i;
        low = high = null;
        var t = w.Lower[i];
        if (Lexicon.Vague.TryGetValue(t, out var vague))
        {
            (low, high, end) = (vague.Low, vague.High, i + 1);
            return true;
        }

        if (w.Kinds[i] == TokenKind.Number)
        {
            if (!int.TryParse(t, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var v) || v > 10_000_000)
            {
                return false;
            }

            end = i + 1;
            if (end < w.Count && Lexicon.NumberWords.TryGetValue(w.Lower[end], out var sc) && sc.Kind == "scale")
            {
                v *= sc.Value;
                end++;
            }

            low = high = v;
            return true;
        }

        if (t == "a" && i + 1 < w.Count && Lexicon.NumberWords.TryGetValue(w.Lower[i + 1], out var dz) && dz.Kind is "dozen" or "scale")
        {
            (low, high, end) = (dz.Value, dz.Value, i + 2);
            return true;
        }

        if (!Lexicon.NumberWords.TryGetValue(t, out var first))
        {
            return false;
        }

        var total = 0;
        var current = first.Value;
        end = i + 1;
        while (end < w.Count)
        {
            var next = w.Lower[end];
            if (next == "-" && end + 1 < w.Count && Lexicon.NumberWords.TryGetValue(w.Lower[end + 1], out var u) && u.Kind == "unit")
            {
                current += u.Value;
                end += 2;
            }
            else if (Lexicon.NumberWords.TryGetValue(next, out var s) && s.Kind == "scale")
            {
                total += current * s.Value;
                current = 0;
                end++;
            }
            else if (TryHyphenated(next, out var hv))
            {
                current += hv;
                end++;
            }
            else
            {
                break;
            }
        }

        low = high = total + current;
        return true;
    }

    private bool TryHyphenated(string token, out int value)
    {
        value = 0;
        var dash = token.IndexOf('-', StringComparison.Ordinal);
        return dash > 0
            && Lexicon.NumberWords.TryGetValue(token[..dash], out var a) && a.Kind == "unit"
            && Lexicon.NumberWords.TryGetValue(token[(dash + 1)..], out var b) && b.Kind == "unit"
            && (value = a.Value + b.Value) > 0;
    }

    private QualifierBound? Qualifier(SentenceWords w, int numberStart, out int start)
    {
        start = numberStart;
        foreach (var (tokens, bound) in Lexicon.Qualifiers)
        {
            if (w.EndsWith(numberStart, tokens))
            {
                start = numberStart - tokens.Length;
                return bound;
            }
        }

        return null;
    }

    private (CasualtyKind Kind, int Token, bool Lumped)? CueAfter(SentenceWords w, int from)
    {
        var j = from;
        for (var gap = 0; gap <= MaxGap && j < w.Count; gap++)
        {
            foreach (var (tokens, kind, before) in Lexicon.Cues)
            {
                if (!before && w.Matches(j, tokens))
                {
                    var k = j + tokens.Length;
                    var lumped = k + 1 < w.Count && w.Lower[k] is "or" or "and" or "/" && OtherKindCueAt(w, k + 1, kind);
                    return (kind, j, lumped);
                }
            }

            if (!Lexicon.GapAfterFigure.Contains(w.Lower[j]))
            {
                return null;
            }

            j++;
        }

        return null;
    }

    internal bool OtherKindCueAt(SentenceWords w, int at, CasualtyKind kind)
    {
        foreach (var (tokens, k, _) in Lexicon.Cues)
        {
            if (k != kind && w.Matches(at, tokens))
            {
                return true;
            }
        }

        return false;
    }

    private (CasualtyKind Kind, int Token)? CueBefore(SentenceWords w, int figureStart)
    {
        var j = figureStart;
        for (var gap = 0; gap <= MaxGap && j > 0; gap++)
        {
            foreach (var (tokens, kind, before) in Lexicon.Cues)
            {
                if (before && w.EndsWith(j, tokens))
                {
                    return (kind, j - tokens.Length);
                }
            }

            if (!Lexicon.GapBeforeFigure.Contains(w.Lower[j - 1]))
            {
                return null;
            }

            j--;
        }

        return null;
    }

    /// <summary>After "killed 35", the figure must count victims: a victim noun, punctuation or a clause word, not "missiles" or "km".</summary>
    private bool FollowerOk(SentenceWords w, int end)
    {
        if (end >= w.Count || w.Kinds[end] is TokenKind.Punctuation or TokenKind.Dash or TokenKind.Quote)
        {
            return true;
        }

        var next = w.Lower[end];

        // "killed about 12 Russian generals", "wounding five Ukrainian soldiers": one adjective before the victim noun
        if (end + 1 < w.Count && w.Kinds[end] == TokenKind.Word && Lexicon.GapAfterFigure.Contains(w.Lower[end + 1])
            && w.Lower[end + 1] is not ("of" or "were" or "was" or "have" or "has" or "had" or "been" or "are"))
        {
            return true;
        }

        return Lexicon.GapAfterFigure.Contains(next) || next is "and" or "in" or "on" or "at" or "when" or "during" or "after"
            or "including" or "among" or "near" or "across" or "while" or "as" or "from" or "overnight" or "since" or "so";
    }
}
