using Sitrep.Core.Model;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>
/// Status from the cues that govern a trigger: sentence-scope cues before it ("denied that", "claimed that") win,
/// then clause cues in the frame's governor ranges (earlier rows of status-cues.tsv win), then the progressive
/// ("are shelling" is ongoing). "would" under a reporting verb ("said it would send") is planned, not hypothetical.
/// </summary>
public sealed class StatusReader(EventLexicon lexicon, Quotes.QuoteLexicon quotes)
{
    public (EventStatus Status, string? Cue) Read(SentenceWords words, ClauseFrame frame, int trigger, bool isVerb)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(frame);
        for (var c = 0; c < lexicon.StatusCues.Count; c++)
        {
            var cue = lexicon.StatusCues[c];
            if (!cue.SentenceScope)
            {
                continue;
            }

            for (var i = 0; i < trigger; i++)
            {
                if (words.Matches(i, cue.Tokens))
                {
                    return (cue.Status, string.Join(' ', cue.Tokens));
                }
            }
        }

        var bestRow = int.MaxValue;
        StatusCue? best = null;
        foreach (var range in frame.Governors)
        {
            for (var i = Math.Max(0, range.Start); i < Math.Min(range.End, words.Count); i++)
            {
                for (var c = 0; c < lexicon.StatusCues.Count && c < bestRow; c++)
                {
                    var cue = lexicon.StatusCues[c];
                    if (!cue.SentenceScope && words.Matches(i, cue.Tokens))
                    {
                        bestRow = c;
                        best = cue;
                    }
                }
            }
        }

        if (best is not null)
        {
            if (best.Status == EventStatus.Hypothetical && best.Tokens is ["would"] && ReportedBefore(words, trigger))
            {
                return (EventStatus.Planned, "would (reported)");
            }

            return (best.Status, string.Join(' ', best.Tokens));
        }

        if (isVerb && words.Lower[trigger].EndsWith("ing", StringComparison.Ordinal) && trigger > 0
            && words.Lower[trigger - 1] is "is" or "are" or "am" or "been" or "'re" or "’re")
        {
            return (EventStatus.Ongoing, "progressive");
        }

        return (EventStatus.Occurred, null);
    }

    private bool ReportedBefore(SentenceWords words, int trigger)
    {
        for (var i = 0; i < trigger; i++)
        {
            if (quotes.SpeechVerbs.ContainsKey(words.Lower[i]))
            {
                return true;
            }
        }

        return false;
    }
}
