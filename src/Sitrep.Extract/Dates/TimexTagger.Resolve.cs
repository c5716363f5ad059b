using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates;

/// <summary>The tagger's second pass: the surviving candidates' values resolved in text order (see <see cref="TimexResolver"/>).</summary>
public sealed partial class TimexTagger
{
    private List<TaggedTimex> Resolve(Document document, Sentence[] sentences, List<Candidate> candidates)
    {
        var result = new List<TaggedTimex>(candidates.Count);
        var dct = document.Date.Date;
        DateAnchor? reference = null;
        var referenceSentence = -1;
        var previous = (Sentence: -1, End: -1, Tense: Tense.None);
        var s = 0;
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            while (s < sentences.Length - 1 && sentences[s].Span.End <= c.Start)
            {
                s++;
            }

            if (c.Value is null or SuppressValue)
            {
                continue;
            }

            // UNDEF-near-dayT…: a day named right after the clock time ("at 10:35 a.m. (0735 GMT) Friday"), else the last
            // resolved date when it is in the same sentence ("on Aug. 7 … at 10:35 a.m."), else the DCT.
            string? value;
            if (c.Value.StartsWith(NearPrefix, StringComparison.Ordinal))
            {
                value = FollowingDay(document, sentences[s], candidates, k, reference) is { } day && c.Value.AsSpan(NearPrefix.Length).StartsWith("dayT")
                    ? day + c.Value[(NearPrefix.Length + 3)..]
                    : TimexResolver.Resolve((referenceSentence == s ? "UNDEF-REF-" : "UNDEF-this-") + c.Value[NearPrefix.Length..], dct, Tense.None, reference);
            }
            else
            {
                // A date right after another in its sentence ("on April 24 and 25") shares its clause and its tense.
                var inherited = previous.Sentence == s && c.Start - previous.End <= SharedTenseGap ? previous.Tense : Tense.None;
                value = ResolveOne(document, sentences[s], c, reference, inherited, out var tense);
                previous = (s, c.End, tense);
            }

            if (value is null)
            {
                continue;
            }

            var rule = _rules[c.Rule];
            if (rule.Type is TimexType.DATE or TimexType.TIME && TimexValues.AnchorOf(value) is { } anchor && !ClosesPeriod(anchor, reference))
            {
                reference = anchor;
                referenceSentence = s;
            }

            result.Add(new TaggedTimex(new TimeExpression(new TextSpan(c.Start, c.End), rule.Type, value) { Mod = c.Mod }, rule.Id));
        }

        return result;
    }

    private string? ResolveOne(Document document, Sentence sentence, Candidate c, DateAnchor? reference) =>
        ResolveOne(document, sentence, c, reference, Tense.None, out _);

    private string? ResolveOne(Document document, Sentence sentence, Candidate c, DateAnchor? reference, Tense inherited, out Tense tense)
    {
        tense = Tense.None;
        var dct = document.Date.Date;
        if ((NeedsTense(c.Value!) || FollowsOtherReference(c.Value!, reference, dct)) && document.Tokens.Length > 0)
        {
            tense = _tense.Detect(document, sentence.FirstToken, sentence.EndToken, new TextSpan(c.Start, c.End));
            tense = tense == Tense.None ? inherited : tense;
        }

        return TimexResolver.Resolve(c.Value!, dct, tense, reference);
    }

    /// <summary>
    /// A narrative anchor ("a day earlier", "the next month") whose reference is not the publication date: its clause's
    /// tense decides whether it follows that reference (a past clause does not follow a later one, a future clause does
    /// not land before the publication date; see <see cref="TimexResolver"/>).
    /// </summary>
    private static bool FollowsOtherReference(string value, DateAnchor? reference, DateOnly dct) =>
        reference is { } r && r.Date != dct && value.StartsWith("UNDEF-REF-", StringComparison.Ordinal);

    /// <summary>
    /// Whether a day is the last day of the quarter or half just named ("the quarter ended Sept. 30"): the period, not
    /// its closing day, stays the reference, so "… from $4 million a year earlier" is that quarter a year before.
    /// </summary>
    private static bool ClosesPeriod(DateAnchor anchor, DateAnchor? reference)
    {
        if (anchor.Precision != DatePrecision.Day || reference is not { Precision: DatePrecision.Quarter or DatePrecision.Half } period)
        {
            return false;
        }

        var months = period.Precision == DatePrecision.Quarter ? 3 : 6;
        return anchor.Date == period.Date.AddMonths(months).AddDays(-1);
    }

    /// <summary>The YYYY-MM-DD of a day-precision date (or dated clock time) that follows candidate k closely in its
    /// sentence, or null.</summary>
    private string? FollowingDay(Document document, Sentence sentence, List<Candidate> candidates, int k, DateAnchor? reference)
    {
        if (k + 1 >= candidates.Count)
        {
            return null;
        }

        var next = candidates[k + 1];
        if (next.Value is null or SuppressValue || next.Start >= sentence.Span.End || next.Start - candidates[k].End > FollowingDayGap
            || next.Value.StartsWith(NearPrefix, StringComparison.Ordinal) || _rules[next.Rule].Type is not (TimexType.DATE or TimexType.TIME))
        {
            return null;
        }

        // The day of a following date, or of a following clock time with its day ("4 in the morning (4 a.m. EDT Thursday)").
        var value = ResolveOne(document, sentence, next, reference);
        return value is { Length: >= 10 } && (value.Length == 10 || value[10] == 'T')
            && TimexValues.PrecisionOf(value[..10]) == DatePrecision.Day ? value[..10] : null;
    }

    /// <summary>Characters between a clock time and a following day that still dates it ("10:35 a.m. (0735 GMT) Friday").</summary>
    private const int FollowingDayGap = 16;

    /// <summary>Characters between two dates of a sentence across which the second, with no cue of its own, takes the
    /// first one's tense ("April 24 and 25", "Friday or Saturday").</summary>
    private const int SharedTenseGap = 8;
}
