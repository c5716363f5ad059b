using System.Collections.Frozen;
using Sitrep.Core.Model;
using Sitrep.Extract.Dates.Resources;

namespace Sitrep.Extract.Dates;

/// <summary>
/// Guesses the tense of the clause around a span from token cues in norm/tense.tsv: words ("will", "was", "said")
/// and suffixes (rows starting with '*', e.g. "*ed"; only on verbs when the syntax layer is present, and not right
/// after an auxiliary of norm/auxiliary.tsv such as "be" in "will be held"). The nearest cue in the sentence wins,
/// looking back first, with two refinements:
/// <list type="bullet">
/// <item>REPORT cues (attribution verbs: "said", "told") are weak: they count only within <see cref="ReportReach"/>
/// tokens of the span ("said on Friday"), or when no other cue is in reach. "He will leave at 4 a.m. Thursday,''
/// Castro said" takes its tense from "will", not from the attribution. Looking forward, the scan stops at an attribution
/// verb: "On Monday, Putin said the operation would go on" is past, not future.</item>
/// <item>VERB cues (past forms that are also participles: "held", "made") do not count right after an auxiliary:
/// "talks will be held on Friday" takes its tense from "will".</item>
/// <item>INTENT cues (past verbs of deciding or agreeing: "decided", "agreed") are past, except when they stand before
/// the span and govern a "to" infinitive: the date then belongs to the intended act, which may lie either side of the
/// DCT, so the tense is present (nearest): "NATO has decided to admit Poland in early March", said in February.</item>
/// </list>
/// </summary>
internal sealed class TenseDetector
{
    private const int Reach = 12;
    private const int ReportReach = 2;
    private const int MinSuffixWord = 5;
    private readonly NormTable _cues;
    private readonly (string Suffix, Tense Tense)[] _suffixes;
    private readonly FrozenSet<string> _auxiliaries;

    public TenseDetector(NormTable cues, NormTable auxiliaries)
    {
        _cues = cues;
        _suffixes = cues.Rows.Where(r => r.Key.StartsWith('*')).Select(r => (r.Key[1..], Parse(r.Value).Tense)).ToArray();
        _auxiliaries = auxiliaries.Rows.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public Tense Detect(Document doc, int firstToken, int endToken, TextSpan span)
    {
        var tokens = doc.Tokens;
        var at = LowerBound(tokens, firstToken, endToken, span.Start);
        var after = at;
        while (after < endToken && tokens[after].Start < span.End)
        {
            after++;
        }

        Tense? report = null;
        Tense? signal = null;
        var forwardEnd = endToken;
        for (var d = 1; d <= Reach; d++)
        {
            for (var side = 0; side < 2; side++)
            {
                var i = side == 0 ? at - d : after + d - 1;
                if (i < firstToken || i >= forwardEnd)
                {
                    continue;
                }

                var word = doc.TextOf(tokens[i].Span);
                if (_cues.TryGet(word, out var value))
                {
                    var (tense, kind) = Parse(value);
                    switch (kind)
                    {
                        case CueKind.Report when d > ReportReach:
                            // What follows an attribution verb is its complement ("On Monday, Putin said the war would
                            // go on"): the forward scan stops there.
                            report ??= tense;
                            if (side == 1)
                            {
                                forwardEnd = i;
                            }

                            continue;
                        case CueKind.Intent when side == 0 && i + 1 < at && IsInfinitive(doc, i + 1, at):
                            return Tense.Present;
                        case CueKind.Verb when AfterAuxiliary(doc, i, firstToken):
                            continue;
                        case CueKind.Signal:
                            if (d == 1 && side == 0)
                            {
                                signal = tense;
                            }

                            continue;
                        case CueKind.Perfect:
                            return tense;
                        default:
                            return signal ?? tense;
                    }
                }

                if (word.Length >= MinSuffixWord && char.IsLower(word[0]) && IsVerb(doc, i) && !AfterAuxiliary(doc, i, firstToken))
                {
                    foreach (var (suffix, tense) in _suffixes)
                    {
                        if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                        {
                            return signal ?? tense;
                        }
                    }
                }
            }
        }

        return signal ?? report ?? Tense.None;
    }

    /// <summary>"to" at <paramref name="token"/> followed, before the span, by a lower-case word: "decided [to admit] … in March".</summary>
    private static bool IsInfinitive(Document doc, int token, int spanToken) =>
        token + 1 < spanToken
        && doc.TextOf(doc.Tokens[token].Span).Equals("to", StringComparison.OrdinalIgnoreCase)
        && doc.TextOf(doc.Tokens[token + 1].Span) is { Length: > 1 } next && char.IsAsciiLetterLower(next[0]) && next is not ("the" or "a" or "an");

    /// <summary>"be held", "been killed", "to be announced": the participle's tense is the auxiliary's, found further on.</summary>
    private bool AfterAuxiliary(Document doc, int token, int firstToken)
    {
        if (token <= firstToken)
        {
            return false;
        }

        var previous = doc.TextOf(doc.Tokens[token - 1].Span);
        return _auxiliaries.Contains(previous.ToString());
    }

    private static bool IsVerb(Document doc, int token) =>
        (doc.Layers & Layer.Syntax) == 0 || doc.Syntax[token].Relation is null || doc.Syntax[token].Upos is UniversalPos.VERB or UniversalPos.AUX;

    private static int LowerBound(Token[] tokens, int lo, int hi, int offset)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>A cue value: PAST, PRESENT, FUTURE, optionally qualified as REPORT ("PAST REPORT"), INTENT ("PAST INTENT"),
    /// VERB ("PAST VERB"), SIGNAL ("FUTURE SIGNAL") or PERFECT ("PAST PERFECT").</summary>
    private static (Tense Tense, CueKind Kind) Parse(string value)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        var tense = (space < 0 ? value : value[..space]) switch
        {
            "PAST" => Tense.Past,
            "PRESENT" => Tense.Present,
            "FUTURE" => Tense.Future,
            _ => Tense.None,
        };
        var kind = space < 0 ? CueKind.Plain : value[(space + 1)..] switch
        {
            "REPORT" => CueKind.Report,
            "INTENT" => CueKind.Intent,
            "VERB" => CueKind.Verb,
            "SIGNAL" => CueKind.Signal,
            "PERFECT" => CueKind.Perfect,
            _ => CueKind.Plain,
        };
        return (tense, kind);
    }

    private enum CueKind
    {
        Plain,
        Report,
        Intent,
        Verb,
        Signal,
        Perfect,
    }
}
