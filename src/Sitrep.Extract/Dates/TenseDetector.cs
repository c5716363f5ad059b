using Sitrep.Core.Model;
using Sitrep.Extract.Dates.Resources;

namespace Sitrep.Extract.Dates;

/// <summary>
/// Guesses the tense of the clause around a span from token cues in norm/tense.tsv: words ("will", "was", "said")
/// and suffixes (rows starting with '*', e.g. "*ed", used only when no word cue is in reach and, when the syntax layer
/// is present, only on verbs). The nearest cue in the sentence wins, looking back first; ';' and ':' bound the clause.
/// </summary>
internal sealed class TenseDetector
{
    private const int Reach = 12;
    private const int MinSuffixWord = 5;
    private readonly NormTable _cues;
    private readonly (string Suffix, Tense Tense)[] _suffixes;

    public TenseDetector(NormTable cues)
    {
        _cues = cues;
        _suffixes = cues.Rows.Where(r => r.Key.StartsWith('*')).Select(r => (r.Key[1..], Parse(r.Value))).ToArray();
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

        var suffixTense = Tense.None;
        var suffixDistance = int.MaxValue;
        for (var d = 1; d <= Reach; d++)
        {
            foreach (var i in new[] { at - d, after + d - 1 })
            {
                if (i < firstToken || i >= endToken)
                {
                    continue;
                }

                var word = doc.TextOf(tokens[i].Span);
                if (word.Length == 1 && word[0] is ';' or ':')
                {
                    continue;
                }

                if (_cues.TryGet(word, out var value))
                {
                    return Parse(value);
                }

                if (suffixDistance == int.MaxValue && word.Length >= MinSuffixWord && char.IsLower(word[0]) && IsVerb(doc, i))
                {
                    foreach (var (suffix, tense) in _suffixes)
                    {
                        if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                        {
                            suffixTense = tense;
                            suffixDistance = d;
                            break;
                        }
                    }
                }
            }
        }

        return suffixTense;
    }

    private static bool IsVerb(Document doc, int token) =>
        (doc.Layers & Layer.Syntax) == 0 || doc.Syntax[token].Upos is UniversalPos.VERB or UniversalPos.AUX;

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
