using System.Collections.Frozen;
using Sitrep.Core.Model;
using Sitrep.Extract.Dates.Resources;

namespace Sitrep.Extract.Dates;

/// <summary>
/// Guesses the tense of the clause around a span from token cues in norm/tense.tsv: words ("will", "was", "said")
/// and suffixes (rows starting with '*', e.g. "*ed"; only on verbs when the syntax layer is present, and not right
/// after an auxiliary of norm/auxiliary.tsv such as "be" in "will be held"). The nearest cue in the sentence wins,
/// looking back first.
/// </summary>
internal sealed class TenseDetector
{
    private const int Reach = 12;
    private const int MinSuffixWord = 5;
    private readonly NormTable _cues;
    private readonly (string Suffix, Tense Tense)[] _suffixes;
    private readonly FrozenSet<string> _auxiliaries;

    public TenseDetector(NormTable cues, NormTable auxiliaries)
    {
        _cues = cues;
        _suffixes = cues.Rows.Where(r => r.Key.StartsWith('*')).Select(r => (r.Key[1..], Parse(r.Value))).ToArray();
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

        for (var d = 1; d <= Reach; d++)
        {
            for (var side = 0; side < 2; side++)
            {
                var i = side == 0 ? at - d : after + d - 1;
                if (i < firstToken || i >= endToken)
                {
                    continue;
                }

                var word = doc.TextOf(tokens[i].Span);
                if (_cues.TryGet(word, out var value))
                {
                    return Parse(value);
                }

                if (word.Length >= MinSuffixWord && char.IsLower(word[0]) && IsVerb(doc, i) && !AfterAuxiliary(doc, i, firstToken))
                {
                    foreach (var (suffix, tense) in _suffixes)
                    {
                        if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                        {
                            return tense;
                        }
                    }
                }
            }
        }

        return Tense.None;
    }

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

    private static Tense Parse(string value) => value switch
    {
        "PAST" => Tense.Past,
        "PRESENT" => Tense.Present,
        "FUTURE" => Tense.Future,
        _ => Tense.None,
    };
}
