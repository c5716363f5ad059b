using System.Collections.Frozen;
using Sitrep.Core.Model;
using Sitrep.Extract.Casualties;
using Sitrep.Extract.Codes;
using Sitrep.Extract.Merging;
using Sitrep.Extract.Quotes;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>
/// Reads a document's events: candidate sentences (trigger or casualty cue pre-filter) → trigger matches → frames
/// (dependency parse when the syntax layer ran, else the surface) → drafts with status, participants, place, date →
/// casualty figures attached to their assault (a negated planned act of refusals.tsv is a REJECT; an act under a duty cue a REQUEST) → content of requests/threats dropped → merged → coded and scored.
/// Immutable and thread-safe.
/// </summary>
public sealed class EventExtractor
{
    private const string CasualtyRule = "assault.died";
    private static readonly IClauseReader Surface = new SurfaceClauseReader();
    private readonly TriggerMatcher _matcher;
    private readonly CasualtyAttacher _attacher;
    private readonly DraftBuilder _builder;
    private readonly QuoteLexicon _quotes;
    private readonly EventCodeTable _codes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _casualtyCues;
    private readonly IReadOnlyList<FurnitureCue> _furniture;
    private readonly IReadOnlyList<PartyCue> _parties;
    private readonly ContentCues _content;
    private readonly EventTypeSet _refusals;
    private readonly MergeCues _merge;

    public EventExtractor(EventLexicon events, CasualtyLexicon casualties, QuoteLexicon quotes, EventCodeTable codes)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(casualties);
        _matcher = new TriggerMatcher(events);
        _attacher = new CasualtyAttacher(new CasualtyParser(casualties));
        _quotes = quotes ?? throw new ArgumentNullException(nameof(quotes));
        _codes = codes ?? throw new ArgumentNullException(nameof(codes));
        _builder = new DraftBuilder(new StatusReader(events, quotes), new ParticipantReader(events, quotes), new PlaceReader(events, quotes), new DateReader());
        _furniture = events.Furniture;
        _parties = events.Parties;
        _content = events.Content;
        _refusals = events.Refusals;
        _merge = new MergeCues(events);
        _casualtyCues = casualties.CueWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static EventExtractor LoadDefault() =>
        new(EventLexicon.LoadDefault(), CasualtyLexicon.LoadDefault(), QuoteLexicon.LoadDefault(), EventCodeTable.LoadDefault());

    /// <summary>
    /// Whether a sentence can yield an event (a trigger word or a casualty cue): the cheap pre-filter, public so the
    /// syntax stage parses only these sentences (parsing every sentence would cost most of the pipeline's time).
    /// </summary>
    public bool NeedsSyntax(Document document, in Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        // One pass over the words for both tests (this runs for every sentence, twice: the syntax stage and Extract).
        foreach (var word in new LowerWords(document, sentence, stackalloc char[32]))
        {
            if (_matcher.StartsTrigger(word) || _casualtyCues.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    public List<Event> Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var drafts = new List<EventDraft>();
        var reader = (document.Layers & Layer.Syntax) != 0 && document.Syntax.Length == document.Tokens.Length
            ? new DependencyClauseReader(new Sitrep.Syntax.Navigation.SyntaxGraph(document)) : Surface;
        NameIndex? names = null;
        var opened = new HashSet<EventDraft>();
        var passive = new HashSet<EventDraft>();
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            if (!NeedsSyntax(document, sentence))
            {
                continue;
            }

            names ??= new NameIndex(document, _quotes);
            var words = new SentenceWords(document, s);
            var here = new List<EventDraft>();
            var furnitureEnd = FurnitureEnd(words);
            var matches = _matcher.Match(words);
            foreach (var m in matches)
            {
                if (m.Start < furnitureEnd)
                {
                    continue;
                }

                var frame = reader.Read(document, words, m.Start, m.End, m.Rule.IsVerb);
                var draft = _builder.Build(document, words, m, frame, names, matches);
                if (reader != Surface && m.Rule.IsVerb && !m.Rule.Needs.Topic && frame.Passive && frame.IsPredicate is not false)
                {
                    passive.Add(draft);
                }
                // "we will not agree to …", "the US will not supply …": a planned act negated is a refusal
                if (m.Rule.IsVerb && draft.Status == EventStatus.Planned && _refusals.Contains(draft.Type) && IsNegated(words, m.Start) && frame.HeadRelation is not ("amod" or "acl"))
                {
                    draft.Recast = PloverType.REJECT;
                    draft.Mode = null;
                    // The refusal is said now: it happened, whatever the refused act's tense
                    draft.Status = EventStatus.Occurred;
                }
                else
                {
                    draft.Suppressed |= m.Rule.IsVerb && IsModifierUse(words, m.Start, frame, draft.Status);
                }

                draft.Suppressed |= TriggerSense.Rejects(document, words, m, frame, draft);
                // "allies must send new weapons": what someone is called on to do is a request, not the act
                if (draft.StatusCue is { } cue && _content.Duties.Contains(cue) && draft.Type != PloverType.REQUEST)
                {
                    draft.Recast = PloverType.REQUEST;
                    draft.Mode = null;
                }
                here.Add(draft);
                if (!draft.Suppressed)
                {
                    here.AddRange(PlaceSplitter.Split(document, words, draft, m.End));
                }
            }

            // "Before these attacks, civilians have been killed …": a definite back-reference beside the sentence's own
            // event of that type is a reference, not a new mention; "During the meeting, energy was discussed" (a
            // within cue, the sentence's own mentions verbs) makes the sentence part of the referred event, so the
            // reference stays to be merged; "during the call the pair discussed talks between …" names other talks
            foreach (var d in here)
            {
                var own = here.Where(o => o != d && !o.Definite && o.Type == d.Type).ToList();
                d.Suppressed |= d.Definite && own.Count > 0 && !(Frames(words, d.TriggerToken) && own.TrueForAll(o => o.Rule.IsVerb));
            }

            ContentSuppression.Apply(words, here, _content);
            if (PartyAnaphora.Cue(words, _parties) is { } partyCue)
            {
                // "Both sides agreed …": a name read from the cue itself is no actor
                foreach (var d in here.Where(d => PartyAnaphora.IsJoint(d.Type) && d.Actors.TrueForAll(a => partyCue.Contains(a.Span))))
                {
                    d.Actors = [];
                    opened.Add(d);
                }
            }

            _attacher.Attach(words, here, drafts, document);
            // a bare casualty word beside the sentence's attack ("wounded in battles for …") folds into the attack, not the reverse
            drafts.AddRange(here.OrderBy(d => d.Rule.Id == CasualtyRule));
        }

        var merged = EventMerger.Merge(drafts, Quoted(document, drafts), _merge.States, _merge.Additive(document, drafts), MergeCues.Restating(document, drafts), MergeCues.Attributing(document, drafts));
        PartyAnaphora.Resolve(merged, opened);
        merged.RemoveAll(d => d.Rule.Id == CasualtyRule && d.Killed is null && d.Injured is null && d.Evidence.Count == 1);

        // an event with no named participant, place or toll is background ("the support of the defence sector"), unless
        // the text hides its parties on purpose: a passive that happened ("corridors have been agreed", "198 children have
        // been killed"; not a topic's passive: "energy was discussed") or a joint act of "the parties" no earlier sentence names
        merged.RemoveAll(d => d.Actors.Count == 0 && d.Recipients.Count == 0 && d.Location is null && d.Killed is null && d.Injured is null
            && !((passive.Contains(d) || opened.Contains(d)) && d.Status is EventStatus.Occurred or EventStatus.Claimed));
        merged.Sort((a, b) => a.Trigger.Start.CompareTo(b.Trigger.Start));
        EventMerger.InheritPlannedContext(merged);
        PlaceReader.InheritVisitPlace(merged);
        var events = new List<Event>(merged.Count);
        for (var k = 0; k < merged.Count; k++)
        {
            var d = merged[k];
            events.Add(new Event($"{document.Id}#{k + 1}", d.Type, d.Status, d.Trigger)
            {
                Mode = d.Mode,
                Evidence = [.. d.Evidence.OrderBy(e => e.Start)],
                Actors = d.Actors,
                Recipients = d.Recipients,
                Date = d.Date,
                Location = d.Location,
                Killed = d.Killed,
                Injured = d.Injured,
                Codes = _codes.For(d.Type, d.Mode),
                Confidence = ConfidenceModel.Score(d),
                Provenance = new Provenance("extract.events@" + EventStage.StageVersion, d.Rule.Id + (d.StatusCue is null ? "" : "; status: " + d.StatusCue)),
            });
        }

        return events;
    }

    /// <summary>
    /// A verb trigger used as a modifier names no act: a participle adjective ("the agreed timeframe") or an infinitive
    /// that completes a noun ("the need to support Ukraine", "in a position to supply") unless the noun plans it; nor
    /// does a negated one.
    /// </summary>
    private static bool IsModifierUse(SentenceWords words, int trigger, ClauseFrame frame, EventStatus status) =>
        frame.HeadRelation is "amod"
        || (frame.HeadRelation is "acl" && trigger > 0 && words.Lower[trigger - 1] == "to" && status != EventStatus.Planned)
        || (status != EventStatus.Denied && IsNegated(words, trigger));

    /// <summary>
    /// "will not supply", "promised not to support", "cannot be ruled out", "not going to send": a negated act that is not a denial of a
    /// claim (the denied cues of status-cues.tsv) reports no event.
    /// </summary>
    private static bool IsNegated(SentenceWords words, int trigger) =>
        (trigger > 0 && Not(words.Lower[trigger - 1]))
        || (trigger > 1 && Not(words.Lower[trigger - 2]) && words.Lower[trigger - 1] is "to" or "be")
        || (trigger > 2 && Not(words.Lower[trigger - 3]) && words.Lower[trigger - 2] == "going" && words.Lower[trigger - 1] == "to");

    private static bool Not(string word) => word is "not" or "cannot" or "n't" or "n’t";

    /// <summary>The mentions whose trigger lies inside a direct quotation of the quotes layer (none when it did not run).</summary>
    private static HashSet<EventDraft> Quoted(Document document, List<EventDraft> drafts)
    {
        var quoted = new HashSet<EventDraft>();
        foreach (var d in drafts)
        {
            foreach (var q in document.Quotes)
            {
                if (q.Kind == QuoteKind.Direct && q.Span.Start <= d.Trigger.Start && d.Trigger.End <= q.Span.End)
                {
                    quoted.Add(d);
                    break;
                }
            }
        }

        return quoted;
    }

    /// <summary>A within cue right before the trigger's determiner ("During the meeting", "At these talks").</summary>
    private bool Frames(SentenceWords words, int trigger)
    {
        for (var i = trigger - 1; i >= 1 && trigger - i <= 4; i--)
        {
            if (DraftBuilder.IsDefinite(words.Lower[i]))
            {
                return _content.Within.Contains(words.Lower[i - 1]);
            }
        }

        return false;
    }

    /// <summary>The token index where a related-link headline ends ("…elsewhereRead more"), 0 when there is none.</summary>
    private int FurnitureEnd(SentenceWords words)
    {
        var end = 0;
        foreach (var row in _furniture)
        {
            var cue = row.Tokens;
            for (var i = 0; i + cue.Length <= words.Count; i++)
            {
                if (!words.Surface[i].EndsWith(cue[0], StringComparison.Ordinal))
                {
                    continue;
                }

                var k = 1;
                while (k < cue.Length && string.Equals(words.Surface[i + k], cue[k], StringComparison.Ordinal))
                {
                    k++;
                }

                if (k == cue.Length)
                {
                    end = Math.Max(end, i + cue.Length);
                }
            }
        }

        return end;
    }
}
