namespace Sitrep.Extract.Events;

/// <summary>
/// The conditions a trigger row puts on its matches (triggers.tsv column <c>needs</c>, items separated by ';'):
/// <c>gov=express|voice</c> — used as a noun, the trigger must be governed by one of these verbs (by lemma: "voiced
/// support", "thanked … for their cooperation"; a bare topic noun is not an act); <c>next!=about|if</c> — the word
/// right after the trigger (or, for an item of two words, the two words after it) must not be one of these ("spoke
/// about", "asked whether" report speech, not a call or a request; "declined to comment"); <c>recipient</c> — the match needs someone acted upon ("received Lukashenko", not "received wounds");
/// <c>follows</c> — without a recipient of its own the mention continues the latest earlier event of its type ("The
/// issues of energy were discussed." after a meeting); <c>verb</c> — with the parse, the match must be used as a verb
/// ("forces targeting the city", not "a legitimate target"); <c>obj!=message|signal</c> — no word of the object (of a
/// passive: its subject) is one of these; <c>obj=supplies|exports</c> — used as a verb, a word of its object (of a passive: its subject) is one of these; <c>status!=progressive</c> — the match's status cue is none of these; <c>reported=say|suggest</c> — the trigger's clause is the content of one of these reporting verbs; <c>topic</c> — the direct object is the topic, not a party ("sent a message", "sent a signal" are not deliveries; "the target was met"); <c>prev!=diplomatic</c> — the word right before the trigger is none of these; <c>dep!=crash</c> — no dependent of the trigger has one of these lemmas; <c>dep=if|unless</c> — some dependent, or the marker of a dependent clause, has one; <c>finite</c> — the verb heads a finite clause.
/// </summary>
public sealed record TriggerNeeds(IReadOnlySet<string>? Governors, IReadOnlySet<string>? NotNext, bool Recipient, bool Follows, bool Verb = false)
{
    /// <summary><c>topic</c>: the direct object is what is talked about, not a party ("discussed security guarantees").</summary>
    public bool Topic { get; init; }

    /// <summary>Some <c>next!=</c> item is two words ("to comment"), to be compared with the two words after the match.</summary>
    public bool NotNextPairs { get; init; }

    /// <summary>Words the object must not contain (<c>obj!=</c>), or null.</summary>
    public IReadOnlySet<string>? NotObject { get; init; }

    /// <summary>Status cues (status-cues.tsv or the reader's tense cues) under which the match is no act (<c>status!=progressive</c>: "we are supporting Ukraine" describes a stance), or null.</summary>
    public IReadOnlySet<string>? NotStatus { get; init; }

    /// <summary>
    /// Reporting verbs (<c>reported=say|suggest</c>, by lemma) of which the clause the trigger belongs to must be the
    /// reported content, or null: a modal of obligation in what someone says ("Biden said Russia should be expelled")
    /// is that person's call to act.
    /// </summary>
    public IReadOnlySet<string>? Reporters { get; init; }

    /// <summary>Words of which the object must contain one (<c>obj=</c>: "halted gas supplies", not "halted the advance"), or null.</summary>
    public IReadOnlySet<string>? Object { get; init; }

    /// <summary>Words that must not come right before the trigger (<c>prev!=diplomatic|charm</c>: "a diplomatic offensive" is no assault), or null.</summary>
    public IReadOnlySet<string>? NotPrevious { get; init; }

    /// <summary>
    /// Lemmas no dependent of the trigger may have (<c>dep!=crash|accident</c>, with the parse: "killed when their aircraft
    /// crashed", "killed in a road accident" report no assault), or null.
    /// </summary>
    public IReadOnlySet<string>? NotDependent { get; init; }

    /// <summary>
    /// Lemmas of which some dependent of the trigger, or the marker of a clause that depends on it, must have one
    /// (<c>dep=if|unless</c>, with the parse: "would respond if Russia uses chemical weapons" is a threat), or null.
    /// </summary>
    public IReadOnlySet<string>? Dependent { get; init; }

    /// <summary>
    /// <c>finite</c>: with the parse, the verb heads a finite clause (a tensed form, or a base form or participle with its
    /// own auxiliary: "Nato enforced a no-fly zone", "will enforce"), not an infinitive, gerund or participle modifier
    /// ("willing to enforce", "concern that enforcing a no-fly zone could …", "a Nato-enforced zone").
    /// </summary>
    public bool Finite { get; init; }

    public static readonly TriggerNeeds None = new(null, null, false, false);

    /// <summary>Parses the column; null when an item is not understood (the caller reports the row).</summary>
    public static TriggerNeeds? Parse(string column)
    {
        if (column == "-")
        {
            return None;
        }

        IReadOnlySet<string>? governors = null, notNext = null, notObject = null, isObject = null, notStatus = null, reporters = null, notPrevious = null, notDependent = null, dependent = null;
        bool recipient = false, follows = false, verb = false, topic = false, finite = false;
        foreach (var item in column.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (item.StartsWith("gov=", StringComparison.Ordinal))
            {
                governors = Set(item[4..]);
            }
            else if (item.StartsWith("next!=", StringComparison.Ordinal))
            {
                notNext = Set(item[6..]);
            }
            else if (item.StartsWith("obj!=", StringComparison.Ordinal))
            {
                notObject = Set(item[5..]);
            }
            else if (item.StartsWith("status!=", StringComparison.Ordinal))
            {
                notStatus = Set(item[8..]);
            }
            else if (item.StartsWith("obj=", StringComparison.Ordinal))
            {
                isObject = Set(item[4..]);
            }
            else if (item.StartsWith("reported=", StringComparison.Ordinal))
            {
                reporters = Set(item[9..]);
            }
            else if (item.StartsWith("prev!=", StringComparison.Ordinal))
            {
                notPrevious = Set(item[6..]);
            }
            else if (item.StartsWith("dep!=", StringComparison.Ordinal))
            {
                notDependent = Set(item[5..]);
            }
            else if (item.StartsWith("dep=", StringComparison.Ordinal))
            {
                dependent = Set(item[4..]);
            }
            else if (item == "finite")
            {
                finite = true;
            }
            else if (item == "recipient")
            {
                recipient = true;
            }
            else if (item == "topic")
            {
                topic = true;
            }
            else if (item == "follows")
            {
                follows = true;
            }
            else if (item == "verb")
            {
                verb = true;
            }
            else
            {
                return null;
            }
        }

        return new TriggerNeeds(governors, notNext, recipient, follows, verb) { NotNextPairs = notNext?.Any(w => w.Contains(' ', StringComparison.Ordinal)) ?? false, NotObject = notObject, Object = isObject, NotStatus = notStatus, Topic = topic, Reporters = reporters, NotPrevious = notPrevious, NotDependent = notDependent, Dependent = dependent, Finite = finite };
    }

    private static HashSet<string> Set(string alternatives) =>
        new(alternatives.Split('|', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
