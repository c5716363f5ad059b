using Sitrep.Core.Model;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>
/// Status from the cues that govern a trigger: sentence-scope cues before it ("denied that", "claimed that") win,
/// then clause cues in the frame's governor ranges (earlier rows of status-cues.tsv win; a cue ending in "to" also ends at the
/// trigger's own infinitive marker), then, with the parse, the readings of <see cref="StatusSyntax"/> and the predicate's
/// verb group ("are shelling" is ongoing). "would" under a reporting verb ("said it would send") is planned, not
/// hypothetical; a plan followed by a condition (status-words.tsv) is hypothetical.
/// </summary>
public sealed class StatusReader(EventLexicon lexicon, Quotes.QuoteLexicon quotes)
{
    /// <summary>Types whose nouns name a standing state of affairs ("sanctions", "support"): ongoing by default.</summary>
    public EventTypeSet Standing => lexicon.StandingActs;

    /// <summary>Past, future and modal words for the status without the parse.</summary>
    public ArgumentWords TenseWords => lexicon.TenseWords;

    /// <summary>Words before an event noun that make it a completed act ("after a meeting", "recent explosions").</summary>
    public ArgumentWords CompletedWords => lexicon.CompletedWords;

    /// <summary>Types whose acts told in a party's own words are claims.</summary>
    public EventTypeSet Claimable => lexicon.ClaimedActs;

    /// <summary>Types whose act said as a plan or condition is the statement itself (expressed-acts.tsv).</summary>
    public EventTypeSet Expressed => lexicon.ExpressedActs;

    /// <summary>
    /// The status from the cues; an act of an expressed type (expressed-acts.tsv) said as a plan or condition, or an act
    /// under a duty cue ("must"), occurred; then an act of a claimable type that occurred or goes on, told inside a quotation or
    /// reported speech of the quotes layer (<paramref name="document"/>), is claimed.
    /// </summary>
    public (EventStatus Status, string? Cue) Read(SentenceWords words, ClauseFrame frame, int trigger, bool isVerb, PloverType? type = null, Document? document = null)
    {
        var (status, cue) = ReadCues(words, frame, trigger, isVerb, type);
        // "is willing to send rockets as long as …": a plan under a condition is its consequence (status-words.tsv); a negated
        // plan ("will not agree … unless") stays the refusal it is
        if (status == EventStatus.Planned && frame.Markers is not { Negated: true } && !NegatedBefore(words, trigger) && lexicon.StatusWords.ConditionAfter(words, trigger))
        {
            (status, cue) = (EventStatus.Hypothetical, "condition");
        }

        // "the UK will support Sweden", "would respond with force": the promise or the condition is the statement, made now;
        // "allies must send weapons": the act is what someone is called on to do, and the call (the request the event
        // becomes) was made. Both keep their cue, which the request recasting reads.
        if ((status is EventStatus.Planned or EventStatus.Hypothetical && type is { } et && Expressed.Contains(et))
            || (status == EventStatus.Planned && cue is { } dc && lexicon.Content.Duties.Contains(dc) && type != PloverType.REQUEST))
        {
            return (EventStatus.Occurred, cue);
        }

        // a cue ("continue to", "will") keeps its status; an unmarked or progressive act in a party's words is its claim
        if ((status == EventStatus.Occurred || (status == EventStatus.Ongoing && cue == "progressive"))
            && type is { } t && Claimable.Contains(t) && !Agentless(frame) && (Reported(words, frame) || (document is not null && InQuotation(document, words.Spans[trigger]))))
        {
            return (EventStatus.Claimed, "reported");
        }

        return (status, cue);
    }

    /// <summary>
    /// With the parse, a verb of an act told with no one doing it ("Mariupol was destroyed, the president said"): a report
    /// of what happened, as authorities give it, not one side's claim about its own or the other side's act (ANNOTATION.md
    /// keeps such reports presented as fact occurred). An event noun's frame does not show its clause's subject ("said
    /// Russian forces continue … with assaults on Kharkiv"), so nouns are not judged.
    /// </summary>
    private static bool Agentless(ClauseFrame frame) =>
        frame.IsPredicate == true && (frame.Passive ? !frame.Obliques.Any(o => o.Preposition == "by") : frame.Subject.IsEmpty);

    /// <summary>The trigger's clause is what a reporting verb reports ("officials said they had killed").</summary>
    private bool Reported(SentenceWords words, ClauseFrame frame) =>
        frame.Markers is not { Modal: not null } and not { Negated: true } && frame.ComplementOf is { } v && v >= 0 && v < words.Count && quotes.SpeechVerbs.TryGetValue(words.Lower[v], out var reporting) && reporting;

    /// <summary>
    /// The span lies in a direct quotation of a clause or more (not a quoted phrase such as “conventional military
    /// attack”, whose status is the sentence's), or in reported speech of the quotes layer with a speaker.
    /// </summary>
    private static bool InQuotation(Document document, TextSpan span)
    {
        foreach (var q in document.Quotes)
        {
            if (q.Span.Start <= span.Start && span.End <= q.Span.End
                && (q.Kind == QuoteKind.Reported ? q.Speaker is not null : q.Span.Length >= MinClauseQuote && StatusSyntax.HasFiniteVerb(document, q.Span)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Characters of a direct quotation below which it is a quoted phrase rather than a quoted statement.</summary>
    private const int MinClauseQuote = 40;

    private (EventStatus Status, string? Cue) ReadCues(SentenceWords words, ClauseFrame frame, int trigger, bool isVerb, PloverType? type)
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
                    if (!cue.SentenceScope && (words.Matches(i, cue.Tokens) || OwnTo(words, cue, i, trigger)))
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

        if (frame.Markers is { } markers)
        {
            var m = markers;
            if (frame.Graph is { } g
                && StatusSyntax.FromParse(g, frame, words.FirstToken + trigger, type is { } s0 && Standing.Contains(s0), lexicon.StatusWords, ref m) is { } parsed)
            {
                return parsed;
            }

            if (frame.IsPredicate == false && type is { } t && Standing.Contains(t) && !Indefinite(words, trigger)
                && m.Modal is null && m.Tense is not (Sitrep.Syntax.Navigation.Tense.Past or Sitrep.Syntax.Navigation.Tense.Future))
            {
                return (EventStatus.Ongoing, "standing");
            }

            return FromMarkers(m, frame, isVerb, Completed(words, trigger));
        }

        if ((!isVerb || NounUse(words, trigger)) && type is { } st && Standing.Contains(st) && !Indefinite(words, trigger) && !PastOrFutureBefore(words, trigger))
        {
            return (EventStatus.Ongoing, "standing");
        }

        if (isVerb && words.Lower[trigger].EndsWith("ing", StringComparison.Ordinal) && trigger > 0
            && words.Lower[trigger - 1] is "is" or "are" or "am" or "been" or "'re" or "’re"
            && !(words.Lower[trigger - 1] == "been" && trigger > 1 && words.Lower[trigger - 2] is "had" or "have" or "'d" or "’d"))
        {
            return (EventStatus.Ongoing, "progressive");
        }

        return (EventStatus.Occurred, null);
    }

    /// <summary>"not", "n't" or "never" in the four tokens before the trigger.</summary>
    private static bool NegatedBefore(SentenceWords words, int trigger)
    {
        for (var i = Math.Max(0, trigger - 4); i < trigger; i++)
        {
            if (words.Lower[i] is "not" or "n't" or "n’t" or "never")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The trigger's own infinitive marker ends a cue ("readiness to provide", "likely to send"): the word before "to" is what
    /// the infinitive completes, wherever the parser hangs it.
    /// </summary>
    private static bool OwnTo(SentenceWords words, StatusCue cue, int i, int trigger) =>
        i == trigger - 1 && cue.Tokens.Length > 1 && cue.Tokens[^1] == "to" && words.Lower[i] == "to" && words.Matches(i - cue.Tokens.Length + 1, cue.Tokens);

    /// <summary>
    /// Without a cue, the clause predicate's verb group: a present progressive ("are shelling", "has been fighting") is
    /// ongoing, a past one ("had been threatening", "should have been supplying") occurred; a present simple act in
    /// a relative clause ("which provides assistance") or the passive ("are blocked"), or a present copular event noun
    /// ("is on a working visit"), is ongoing.
    /// </summary>
    private static (EventStatus, string?) FromMarkers(Sitrep.Syntax.Navigation.PredicateMarkers m, ClauseFrame frame, bool isVerb, bool completed)
    {
        var own = (frame.IsPredicate ?? isVerb) || frame.HeadRelation is "root" or "ccomp" or "conj";
        if (m.Progressive && own)
        {
            return m.Tense == Sitrep.Syntax.Navigation.Tense.Present ? (EventStatus.Ongoing, "progressive") : (EventStatus.Occurred, null);
        }

        // a present active main verb is mostly a report of a one-off act ("officials reject the description"): only the
        // passive, a relative clause or a copular noun describes a state of affairs
        if (own && m.Modal is null && !m.Perfect && !m.Negated && m.Tense == Sitrep.Syntax.Navigation.Tense.Present
            && (m.Passive || frame.HeadRelation == "acl:relcl" || frame.IsPredicate == false))
        {
            return (EventStatus.Ongoing, "present");
        }

        // an event noun that is the object or an oblique of a present-tense clause is what goes on now ("faces a rift at the
        // start of the summit", "is losing ground in the battle for Donbas", "has been weighing up pleas"); as its subject
        // it is a past act that has effects now ("the attack is putting lives at risk")
        if (frame.IsPredicate == false && frame.HeadRelation is { } rel && (rel == "obj" || rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal))
            && !completed && m.Modal is null && !m.Negated && m.Tense == Sitrep.Syntax.Navigation.Tense.Present && (!m.Perfect || m.Progressive))
        {
            return (EventStatus.Ongoing, "present");
        }

        return (EventStatus.Occurred, null);
    }

    /// <summary>A word of <see cref="CompletedWords"/> up to three tokens before the trigger ("after a meeting", "the latest explosions").</summary>
    private bool Completed(SentenceWords words, int trigger)
    {
        for (var i = trigger - 1; i >= 0 && trigger - i <= 3; i--)
        {
            if (CompletedWords.Contains(words.Lower[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a new package", "a £600m package", "another aid package": an indefinite article up to four tokens before the noun.</summary>
    private static bool Indefinite(SentenceWords words, int trigger)
    {
        for (var i = trigger - 1; i >= 0 && trigger - i <= 4; i--)
        {
            if (words.Lower[i] is "a" or "an" or "another")
            {
                return true;
            }

            if (words.Lower[i] is "the" or "," or "and" or "of")
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Without the parse: a verb trigger's word used as a noun ("the weapon supply", "Denmark's support").</summary>
    private static bool NounUse(SentenceWords words, int trigger)
    {
        for (var i = trigger - 1; i >= 0 && trigger - i <= 2; i--)
        {
            if (FunctionWords.Determiners.Contains(words.Lower[i]) || words.Lower[i] is "'s" or "’s")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Without the parse: a past-tense-looking verb ("imposed") or a past/future/modal word of tense-words.tsv earlier in the sentence.</summary>
    private bool PastOrFutureBefore(SentenceWords words, int trigger)
    {
        for (var i = 0; i < trigger; i++)
        {
            var w = words.Lower[i];
            if ((w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal)) || TenseWords.Contains(w))
            {
                return true;
            }
        }

        return false;
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
