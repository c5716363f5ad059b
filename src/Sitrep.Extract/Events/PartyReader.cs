using Sitrep.Core.Model;
using Sitrep.Extract.Quotes;
using Sitrep.Extract.Syntax;
using Sitrep.Syntax.Navigation;

namespace Sitrep.Extract.Events;

/// <summary>
/// The actors and recipients of a trigger from its frame: a predicate's subject (a passive's is acted upon) and object, a
/// noun's modifiers else the subject it climbs to, the prepositional phrases by their role (<see cref="ObliqueRoles"/>;
/// the passive "by" phrase acts), and with no actor in the clause the sentence's first participant before the trigger or
/// the person a leading pronoun refers to. Stateless; thread-safe.
/// </summary>
public sealed class PartyReader(ParticipantReader participants)
{
    /// <summary>The types whose complement names the party aimed at (<see cref="EventTypeSet.ThreatTargetsFile"/>).</summary>
    public EventTypeSet ThreatTargets => participants.Lexicon.ThreatTargets;

    public (List<EventParticipant> Actors, List<EventParticipant> Recipients) Read(Document document, SentenceWords words, TriggerMatch match, ClauseFrame frame, NameIndex names)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(names);
        var rule = match.Rule;
        var actors = new List<EventParticipant>();
        var recipients = new List<EventParticipant>();
        if (frame.IsPredicate ?? rule.IsVerb)
        {
            var subject = participants.Read(document, words, frame.Subject, names);
            var obj = participants.Read(document, words, frame.Object, names);
            // "Energy security was discussed": the passive subject of a talk is its topic, not a party to it
            if (!(frame.Passive && rule.Type == PloverType.CONSULT))
            {
                (frame.Passive ? recipients : actors).AddRange(subject);
            }

            // "discussed security guarantees": the object of a talk verb is its topic (needs: topic)
            if (!rule.Needs.Topic)
            {
                recipients.AddRange(obj);
            }
        }
        else
        {
            actors.AddRange(participants.Read(document, words, frame.Modifiers, names));
            if (actors.Count == 0)
            {
                actors.AddRange(participants.Read(document, words, frame.Subject, names));
            }
        }

        // the parse, when the frame was read from one (the dependency clause reader gives its graph)
        var graph = frame.Graph;
        if (graph is not null && (frame.IsPredicate ?? rule.IsVerb) && actors.Count > 0)
        {
            actors.AddRange(Gapped(document, words, frame.Object, names));
        }

        if (graph is not null && !(frame.IsPredicate ?? rule.IsVerb) && match.End + 1 < words.Count && words.Lower[match.End] is var prep
            && !frame.Obliques.Any(o => o.Preposition == prep) && participants.Roles.RoleOf(rule, prep) is { } own)
        {
            // the noun's own phrase right after it, which the parser hung elsewhere ("his recent meeting with Russian
            // President Vladimir Putin")
            var end = match.End + 1;
            while (end < words.Count && InNounPhrase(document, words, end))
            {
                end++;
            }

            (own == ArgumentRole.Actor ? actors : recipients).AddRange(participants.Read(document, words, new TokenRange(match.End + 1, end), names));
        }

        foreach (var ob in frame.Obliques)
        {
            ArgumentRole? role = ob.Preposition == "by" && frame.Passive ? ArgumentRole.Actor
                : participants.Roles.RoleOf(rule, ob.Preposition);
            if (role is { } x)
            {
                (x == ArgumentRole.Actor ? actors : recipients).AddRange(participants.Read(document, words, ob.Phrase, names));
            }
        }

        if (graph is not null && (frame.IsPredicate ?? rule.IsVerb) && ThreatTargets.Contains(rule.Type))
        {
            recipients.AddRange(Targets(document, graph, words, graph.HeadOf(words.FirstToken + match.Start, words.FirstToken + match.End) - words.FirstToken, names));
        }

        if (graph is not null && rule.Needs.Reporters is not null && frame.ComplementOf is int reporting
            && Reporter(document, graph, words, reporting, names) is { Count: > 0 } reporter)
        {
            // an act that IS the reporting (reported=): "In a sign of how far UK attitudes have shifted, the foreign secretary
            // said trade should be directed …" is the foreign secretary's request, whoever the sentence names first
            actors.Clear();
            actors.AddRange(reporter);
        }

        if (actors.Count == 0 && match.Start > 0)
        {
            // no subject in the trigger's clause: the sentence's subject ("Zelenskyy, who …, urged"), or the person a
            // leading pronoun refers to ("He stressed …"); in the clause a reporting verb completes, its own words first
            // ("The Ukrainian military said Russian forces continue … with assaults": Russian forces, not the military)
            // (past the one told: "European diplomats told BBC they plan to urge …"); but an act that IS the reporting
            // (reported=, "Biden said Russia should be expelled": Biden's request) belongs to the reporter
            // (a talk's passive subject is its topic here too: "the situation in eastern Ukraine was discussed" names no party)
            var to = frame.Passive && rule.Type == PloverType.CONSULT && !frame.Subject.IsEmpty && frame.Subject.Start < match.Start ? frame.Subject.Start : match.Start;
            var from = frame.ComplementOf is int verb && rule.Needs.Reporters is null && graph is not null ? AfterObjects(document, graph, words, verb) : to;
            List<EventParticipant> earlier = from < to ? participants.Read(document, words, new TokenRange(from, to), names) : [];
            // a name right before the verb, after the last comma, is its subject even where the parse missed it ("After the
            // attack by Russian troops on Vinnytsia, President Zelenskyy once again called on …": Zelenskyy, not Russia)
            var comma = to > 0 ? Array.LastIndexOf(words.Surface, ",", to - 1) : -1;
            if (earlier.Count == 0 && graph is not null && comma > 0 && comma + 1 < to && (frame.IsPredicate ?? rule.IsVerb) && BeforeVerb(document, words, comma + 1, to) is { } name)
            {
                earlier = participants.Read(document, words, new TokenRange(comma + 1, to), names).FindAll(p => p.Span.End == words.Spans[name].End);
            }

            if (earlier.Count == 0 && to > 0)
            {
                earlier = participants.Read(document, words, new TokenRange(0, to), names);
            }

            if (earlier.Count > 0 && !recipients.Exists(r => r.Canonical == earlier[0].Canonical))
            {
                actors.Add(earlier[0]);
            }
            else if (words.Lower[0] is "he" or "she" && names.LastBefore(words.Span.Start) is { } person)
            {
                actors.Add(new EventParticipant(words.Surface[0], words.Spans[0]) { Canonical = person });
            }
        }

        return (actors, recipients);
    }

    /// <summary>
    /// A gapped list after a numeric object repeats the act for other parties: "Poland has expelled 45 Russian diplomats,
    /// Germany 40, France 35, … and Luxembourg one": each "Name number" item names another actor.
    /// </summary>
    private List<EventParticipant> Gapped(Document document, SentenceWords words, TokenRange obj, NameIndex names)
    {
        var found = new List<EventParticipant>();
        if (obj.IsEmpty || Pos(document, words, obj.Start) != UniversalPos.NUM)
        {
            return found;
        }

        var comma = Array.IndexOf(words.Surface, ",", obj.Start, obj.End - obj.Start);
        var k = comma >= 0 ? comma : obj.End;
        while (k < words.Count && words.Surface[k] is "," or "and")
        {
            k += k + 1 < words.Count && words.Surface[k] == "," && words.Lower[k + 1] == "and" ? 2 : 1;
            k += k < words.Count && words.Lower[k] == "the" ? 1 : 0;
            var start = k;
            while (k < words.Count && words.Kinds[k] == TokenKind.Word && words.IsCapitalized(k))
            {
                k++;
            }

            if (k == start || k >= words.Count || Pos(document, words, k) != UniversalPos.NUM)
            {
                break;
            }

            found.AddRange(participants.Read(document, words, new TokenRange(start, k), names));
            k++;
        }

        return found;
    }

    /// <summary>
    /// The party a threat aims at inside its complement: the object of the act threatened ("threatening to block Sweden and
    /// Finland"), the subject of the condition the warning sets ("warned it could deploy missiles if Sweden and Finland
    /// joined", "warned that Russia would respond if Nato began …").
    /// </summary>
    private List<EventParticipant> Targets(Document document, SyntaxGraph graph, SentenceWords words, int head, NameIndex names)
    {
        var found = new List<EventParticipant>();
        foreach (var c in Children(graph, words, head))
        {
            var rel = graph.Relation(words.FirstToken + c);
            if (rel == "xcomp")
            {
                foreach (var o in Children(graph, words, c).Where(o => graph.Relation(words.FirstToken + o) == "obj"))
                {
                    found.AddRange(participants.Read(document, words, Subtree(document, words, o), names));
                }
            }

            foreach (var a in (rel == "ccomp" ? Children(graph, words, c) : [c]).Where(a => IsCondition(graph, words, a)))
            {
                foreach (var subject in Children(graph, words, a).Where(x => graph.Relation(words.FirstToken + x) is "nsubj" or "nsubj:pass"))
                {
                    found.AddRange(participants.Read(document, words, Subtree(document, words, subject), names));
                }
            }
        }

        return found;
    }

    /// <summary>The last word before <paramref name="verb"/> past adverbs and auxiliaries ("Zelenskyy once again called"),
    /// when it is a proper noun after <paramref name="from"/>; else null.</summary>
    private static int? BeforeVerb(Document document, SentenceWords words, int from, int verb)
    {
        var k = verb - 1;
        while (k >= from && Pos(document, words, k) is UniversalPos.ADV or UniversalPos.AUX or UniversalPos.PART)
        {
            k--;
        }

        return k >= from && Pos(document, words, k) == UniversalPos.PROPN ? k : null;
    }

    /// <summary>The subject of a reporting verb: its participants, or the person a "he"/"she" refers to.</summary>
    private List<EventParticipant> Reporter(Document document, SyntaxGraph graph, SentenceWords words, int verb, NameIndex names)
    {
        foreach (var c in Children(graph, words, verb))
        {
            if (graph.Relation(words.FirstToken + c) != "nsubj")
            {
                continue;
            }

            var found = participants.Read(document, words, Subtree(document, words, c), names);
            if (found.Count == 0 && words.Lower[c] is "he" or "she" && names.LastBefore(words.Spans[c].Start) is { } person)
            {
                found.Add(new EventParticipant(words.Surface[c], words.Spans[c]) { Canonical = person });
            }

            return found;
        }

        return [];
    }

    /// <summary>The token after a verb and its objects ("told BBC", "told reporters").</summary>
    private static int AfterObjects(Document document, SyntaxGraph graph, SentenceWords words, int verb)
    {
        var end = verb + 1;
        foreach (var c in Children(graph, words, verb))
        {
            if (c > verb && graph.Relation(words.FirstToken + c) is "obj" or "iobj")
            {
                end = Math.Max(end, Subtree(document, words, c).End);
            }
        }

        return end;
    }

    /// <summary>An adverbial clause opened by a condition phrase of status-words.tsv ("if", "unless", "as long as").</summary>
    private bool IsCondition(SyntaxGraph graph, SentenceWords words, int clause) =>
        graph.Relation(words.FirstToken + clause) == "advcl"
        && Children(graph, words, clause).Any(m => graph.Relation(words.FirstToken + m) == "mark"
            && participants.Lexicon.StatusWords.Conditions.Any(c => words.Matches(m, c)));

    /// <summary>The dependents of sentence token <paramref name="head"/>, in order (sentence-relative).</summary>
    private static List<int> Children(SyntaxGraph graph, SentenceWords words, int head)
    {
        var list = new List<int>();
        foreach (var c in graph.Children(words.FirstToken + head))
        {
            list.Add(c - words.FirstToken);
        }

        return list;
    }

    /// <summary>The phrase under <paramref name="root"/>, as the clause reader cuts its arguments.</summary>
    private static TokenRange Subtree(Document document, SentenceWords words, int root) =>
        DependencyClauseReader.Phrase(document, words.FirstToken, words.Count, root);

    /// <summary>
    /// A word of a noun phrase: not a verb, an auxiliary, a clause marker, a pronoun or a preposition other than "of";
    /// no punctuation but a comma between a title and a name ("the Swedish prime minister, Magdalena Andersson").
    /// </summary>
    private bool InNounPhrase(Document document, SentenceWords words, int i) =>
        (words.Kinds[i] == TokenKind.Word || (words.Surface[i] == "," && i > 0 && participants.TitleWords.Contains(words.Surface[i - 1])
            && i + 1 < words.Count && words.Kinds[i + 1] == TokenKind.Word && words.IsCapitalized(i + 1)))
        && Pos(document, words, i) is not (UniversalPos.VERB or UniversalPos.AUX or UniversalPos.SCONJ or UniversalPos.PRON)
        && !(Pos(document, words, i) == UniversalPos.ADP && words.Lower[i] != "of");

    private static UniversalPos Pos(Document document, SentenceWords words, int i) => document.Syntax[words.FirstToken + i].Upos;
}
