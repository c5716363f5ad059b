using Sitrep.Core.Model;

namespace Sitrep.Extract.Events;

/// <summary>An event while a document is being read: mutable, merged, then frozen into an <see cref="Event"/>.</summary>
public sealed class EventDraft
{
    public required TriggerRule Rule { get; init; }

    public required TextSpan Trigger { get; init; }

    public required int Sentence { get; init; }

    public int TriggerToken { get; init; }

    public EventStatus Status { get; set; }

    public string? StatusCue { get; set; }

    public string? Mode { get; set; }

    public bool Definite { get; init; }

    public bool Suppressed { get; set; }

    /// <summary>A noun trigger in the plural ("meetings", "talks", "strikes"): a definite reference agrees in number.</summary>
    public bool Plural { get; init; }

    /// <summary>The trigger is a purpose infinitive ("to discuss"): it restates its sentence's earlier event of its type.</summary>
    public bool Purpose { get; init; }

    /// <summary>"Nato summit", "Minsk agreements": proper-noun modifiers and a noun trigger, which name one event.</summary>
    public string? Name { get; init; }

    public List<TextSpan> Evidence { get; } = [];

    public List<EventParticipant> Actors { get; set; } = [];

    public List<EventParticipant> Recipients { get; set; } = [];

    public EventDate? Date { get; set; }

    public EventLocation? Location { get; set; }

    public Core.Model.Casualties? Killed { get; set; }

    public Core.Model.Casualties? Injured { get; set; }

    /// <summary>The type the mention reports: its row's, unless the clause makes it another ("must send" is a call).</summary>
    public PloverType Type => Recast ?? Rule.Type;

    /// <summary>A type the clause gives the mention in place of its row's, or null.</summary>
    public PloverType? Recast { get; set; }

    private readonly SortedSet<int> _sentences = [];

    /// <summary>Whether one of the event's mentions (its own or an absorbed one) sits in this sentence.</summary>
    public bool Mentions(int sentence) => sentence == Sentence || _sentences.Contains(sentence);

    /// <summary>The latest sentence with a mention of the event (a back-reference window counts from there).</summary>
    public int LastSentence => _sentences.Count == 0 ? Sentence : Math.Max(Sentence, _sentences.Max);

    /// <summary>
    /// A copy of every field (a further place of "battles for Kharkiv and Chernihiv" is the same kind of mention); the
    /// lists are copied, not shared. Add a new field here as well (a test compares every property).
    /// </summary>
    public EventDraft Copy()
    {
        var copy = new EventDraft
        {
            Rule = Rule,
            Trigger = Trigger,
            Sentence = Sentence,
            TriggerToken = TriggerToken,
            Status = Status,
            StatusCue = StatusCue,
            Mode = Mode,
            Recast = Recast,
            Definite = Definite,
            Suppressed = Suppressed,
            Plural = Plural,
            Purpose = Purpose,
            Name = Name,
            Actors = [.. Actors],
            Recipients = [.. Recipients],
            Date = Date,
            Location = Location,
            Killed = Killed,
            Injured = Injured,
        };
        copy.Evidence.AddRange(Evidence);
        copy._sentences.UnionWith(_sentences);
        return copy;
    }

    /// <summary>Folds another mention of the same event into this one.</summary>
    public void Absorb(EventDraft other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _sentences.Add(other.Sentence);
        _sentences.UnionWith(other._sentences);
        foreach (var e in other.Evidence)
        {
            if (!Evidence.Contains(e))
            {
                Evidence.Add(e);
            }
        }

        AddAll(Actors, other.Actors);
        AddAll(Recipients, other.Recipients);
        // the most precise date and the most specific place of the evidence ("Poland" … "Warsaw")
        Date = Merging.ArgumentAgreement.Precise(Date, other.Date);
        Location = Merging.ArgumentAgreement.Specific(Location, other.Location);
        Killed ??= other.Killed;
        Injured ??= other.Injured;
        if (Mode is null or "meeting" && other.Mode is not null)
        {
            Mode = other.Mode;
        }
    }

    private static void AddAll(List<EventParticipant> into, List<EventParticipant> from)
    {
        foreach (var p in from)
        {
            if (!into.Exists(x => string.Equals(x.Canonical, p.Canonical, StringComparison.Ordinal)))
            {
                into.Add(p);
            }
        }
    }
}
