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
/// <item>BOUNDARY rows (",", "that", "which" …) delimit the date's clause: a cue inside it is taken first, so a cue of a
/// following clause ("on Sunday night, warning he will …") no longer wins by being nearer. A VERB or INTENT cue right
/// after an auxiliary is a participle and does not count ("would be decided by Monday"); with the syntax layer, a cue the
/// parser tagged as a noun does not count either ("the plan to deliver jets").</item>
/// <item>AUX cues (past auxiliaries: "was", "were") yield to a FUTURE cue right after them: "were planning to drive
/// around the airport on Monday" and "was expected on Friday" look forward.</item>
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
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _boundaries;

    public TenseDetector(NormTable cues, NormTable auxiliaries)
    {
        _cues = cues;
        _suffixes = cues.Rows.Where(r => r.Key.StartsWith('*')).Select(r => (r.Key[1..], Parse(r.Value).Tense)).ToArray();
        _auxiliaries = auxiliaries.Rows.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _boundaries = cues.Rows.Where(r => Parse(r.Value).Kind == CueKind.Boundary).Select(r => r.Key)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
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

        // The date's own clause first: a cue between the clause boundaries around it decides ("delivered an address on
        // Sunday night, warning he will …" is past, "confirmed on Saturday that the diplomats would …" too). Only when
        // the clause holds no decisive cue does the whole sentence count, nearest cue first ("On Friday, talks will …").
        // Only cues within Reach count, so the walk stops there (a long sentence without boundaries stays linear).
        var clauseStart = at;
        while (clauseStart > firstToken && at - clauseStart < Reach && !IsBoundary(doc, clauseStart - 1))
        {
            clauseStart--;
        }

        var clauseEnd = after;
        while (clauseEnd < endToken && clauseEnd - after < Reach && !IsBoundary(doc, clauseEnd))
        {
            clauseEnd++;
        }

        if ((clauseStart > firstToken || clauseEnd < endToken) && Scan(doc, clauseStart, clauseEnd, at, after, firstToken, whole: false) is { } inClause)
        {
            return inClause;
        }

        return Scan(doc, firstToken, endToken, at, after, firstToken, whole: true) ?? Tense.None;
    }

    /// <summary>The tense from the cues in [<paramref name="from"/>, <paramref name="to"/>), nearest first; null when
    /// none decides (no cue, or only a distant attribution verb, which counts only in the whole-sentence scan).</summary>
    private Tense? Scan(Document doc, int from, int to, int at, int after, int firstToken, bool whole)
    {
        var tokens = doc.Tokens;
        Tense? report = null;
        Tense? signal = null;
        var forwardEnd = to;
        for (var d = 1; d <= Reach; d++)
        {
            for (var side = 0; side < 2; side++)
            {
                var i = side == 0 ? at - d : after + d - 1;
                if (i < from || i >= forwardEnd)
                {
                    continue;
                }

                var word = doc.TextOf(tokens[i].Span);
                if (_cues.TryGet(word, out var value) && !IsNoun(doc, i))
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
                        case CueKind.Verb or CueKind.Intent when AfterAuxiliary(doc, i, firstToken):
                            // A participle ("would be decided by Monday"): the auxiliary's tense comes from a further cue.
                            continue;
                        case CueKind.Boundary:
                            continue;
                        case CueKind.Signal:
                            if (d == 1 && side == 0)
                            {
                                signal = tense;
                            }

                            continue;
                        case CueKind.Perfect:
                            return tense;
                        case CueKind.Aux when i + 1 < to && IsFutureCue(doc, i + 1):
                            // "were planning to …", "was expected on …": the future cue after the auxiliary decides.
                            continue;
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

        return whole ? signal ?? report ?? Tense.None : null;
    }

    /// <summary>A FUTURE word cue of norm/tense.tsv ("planning", "expected") that is not a noun.</summary>
    private bool IsFutureCue(Document doc, int token) =>
        _cues.TryGet(doc.TextOf(doc.Tokens[token].Span), out var value) && Parse(value).Tense == Tense.Future && !IsNoun(doc, token);

    /// <summary>A clause boundary of norm/tense.tsv (value BOUNDARY: ",", "that", "which" …).</summary>
    private bool IsBoundary(Document doc, int token) => _boundaries.Contains(doc.TextOf(doc.Tokens[token].Span));

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

    /// <summary>A word cue the parser tagged as a noun is no verb: "the plan to deliver jets" gives no future.</summary>
    private static bool IsNoun(Document doc, int token) =>
        (doc.Layers & Layer.Syntax) != 0 && doc.Syntax[token].Relation is not null && doc.Syntax[token].Upos is UniversalPos.NOUN or UniversalPos.PROPN;

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
    /// VERB ("PAST VERB"), SIGNAL ("FUTURE SIGNAL"), PERFECT ("PAST PERFECT"), BOUNDARY or AUX ("PAST AUX").</summary>
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
            "BOUNDARY" => CueKind.Boundary,
            "AUX" => CueKind.Aux,
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
        Boundary,
        Aux,
    }
}
