using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Events;

/// <summary>The event knowledge from resources/en/events/: triggers, status cues and actor names. Immutable, thread-safe.</summary>
public sealed class EventLexicon
{
    private EventLexicon() { }

    public IReadOnlyList<TriggerRule> Triggers { get; private init; } = [];

    /// <summary>Trigger rules by the forms of their first token (the pre-filter), longest patterns first.</summary>
    public FrozenDictionary<string, TriggerRule[]> ByFirstToken { get; private init; } = FrozenDictionary<string, TriggerRule[]>.Empty;

    public IReadOnlyList<StatusCue> StatusCues { get; private init; } = [];

    public IReadOnlyList<ActorName> Actors { get; private init; } = [];

    /// <summary>Page-furniture cues (furniture.tsv): triggers before one in its sentence are a related-link headline.</summary>
    public IReadOnlyList<FurnitureCue> Furniture { get; private init; } = [];

    /// <summary>Sentence openings that refer to the parties of the latest meeting (parties.tsv): "The leaders agreed …".</summary>
    public IReadOnlyList<PartyCue> Parties { get; private init; } = [];

    /// <summary>Words that mark a trigger as the content of another act (content-cues.tsv): "to end the fighting".</summary>
    public ContentCues Content { get; private init; } = ContentCues.Empty;

    /// <summary>
    /// Types whose act, negated and planned, is a refusal (refusals.tsv): "we will not agree to any extraditions", "the US
    /// will not supply rockets" report a REJECT, not nothing.
    /// </summary>
    public required EventTypeSet Refusals { get; init; }

    /// <summary>Types whose nouns name a standing state of affairs ("sanctions", "support"): ongoing by default (standing-acts.tsv).</summary>
    public required EventTypeSet StandingActs { get; init; }

    /// <summary>Types whose acts told in a party's own words are claims (claimed-acts.tsv).</summary>
    public required EventTypeSet ClaimedActs { get; init; }

    /// <summary>Past, future and modal words for the status without the parse (tense-words.tsv).</summary>
    public required ArgumentWords TenseWords { get; init; }

    /// <summary>Words before an event noun that make it a completed act ("after a meeting", "recent explosions"; completed-words.tsv).</summary>
    public required ArgumentWords CompletedWords { get; init; }

    /// <summary>Words of travel whose "to" names the place of a meeting (travel-words.tsv).</summary>
    public required ArgumentWords TravelWords { get; init; }

    /// <summary>Types whose act said as a plan or condition is the statement itself, made now (expressed-acts.tsv).</summary>
    public required EventTypeSet ExpressedActs { get; init; }

    /// <summary>Types whose act is a statement about something else: a place after the trigger is its content's (statement-acts.tsv).</summary>
    public required EventTypeSet StatementActs { get; init; }

    /// <summary>Types whose complement names the party aimed at (threat-targets.tsv).</summary>
    public required EventTypeSet ThreatTargets { get; init; }

    /// <summary>Nouns that name a group of parties by description ("allies", "Western countries"; group-nouns.tsv).</summary>
    public required ArgumentWords GroupNouns { get; init; }

    /// <summary>The prepositions, place nouns and months with which an event's place is read (place-words.tsv).</summary>
    public required PlaceWords PlaceWords { get; init; }

    /// <summary>Words that mark a further act, not a restatement, for merging ("also", "another"; additive-words.tsv).</summary>
    public required ArgumentWords AdditiveWords { get; init; }

    /// <summary>Words that make a role description indefinite ("a minister", "one official"; indefinite-words.tsv).</summary>
    public required ArgumentWords IndefiniteWords { get; init; }

    /// <summary>The default roles of prepositional phrases by event type (oblique-roles.tsv).</summary>
    public required ObliqueRoles ObliqueRoles { get; init; }

    /// <summary>Condition phrases and state verbs that set an act's status beyond its cues (status-words.tsv).</summary>
    public required StatusWords StatusWords { get; init; }

    /// <summary>Actor names by their first token (case-sensitive), longest first.</summary>
    public FrozenDictionary<string, ActorName[]> ActorsByFirstToken { get; private init; } = FrozenDictionary<string, ActorName[]>.Empty;

    public static EventLexicon LoadDefault() => Load(RuleTable.OpenEmbedded);

    public static EventLexicon Load(Func<string, TextReader> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        List<RuleRow> Read(string name, params string[] cols)
        {
            using var r = open("events/" + name);
            return RuleTable.Read(r, "resources/en/events/" + name, cols);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var triggers = new List<TriggerRule>();
        foreach (var row in Read("triggers.tsv", "id", "pattern", "type", "mode", "pos", "args", "prior", "needs", "example"))
        {
            if (!ids.Add(row[0]))
            {
                throw row.Error("SITREP-X003", $"duplicate rule id '{row[0]}'.");
            }

            var obliques = new Dictionary<string, ArgumentRole>(StringComparer.Ordinal);
            foreach (var pair in (row.Optional(5) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = pair.Split('>');
                if (parts.Length != 2 || !Enum.TryParse<ArgumentRole>(parts[1], true, out var role))
                {
                    throw row.Error("SITREP-X005", $"bad argument rule '{pair}' (expected prep>actor or prep>recipient).");
                }

                obliques[parts[0]] = role;
            }

            if (!double.TryParse(row[6], NumberStyles.Float, CultureInfo.InvariantCulture, out var prior) || prior is < 0 or > 1)
            {
                throw row.Error("SITREP-X005", "prior must be a number in [0,1].");
            }

            if (row[4] is not ("verb" or "noun"))
            {
                throw row.Error("SITREP-X004", "pos must be verb or noun.");
            }

            var needs = TriggerNeeds.Parse(row[7])
                ?? throw row.Error("SITREP-X005", $"bad needs '{row[7]}' (expected gov=…, next!=…, obj!=…, recipient, follows or '-').");
            triggers.Add(new TriggerRule(row[0], [.. row[1].Split(' ').Select(t => t.Split('|'))], RuleTable.ParseEnum<PloverType>(row, 2),
                row.Optional(3), row[4] == "verb", obliques, prior, row[8]) { Needs = needs });
        }

        var byFirst = new Dictionary<string, List<TriggerRule>>(StringComparer.Ordinal);
        foreach (var t in triggers)
        {
            foreach (var form in t.Pattern[0])
            {
                if (!byFirst.TryGetValue(form, out var list))
                {
                    byFirst[form] = list = [];
                }

                list.Add(t);
            }
        }

        var cues = Read("status-cues.tsv", "cue", "status", "scope", "example").Select(r => new StatusCue(r[0].Split(' '),
            RuleTable.ParseEnum<EventStatus>(r, 1), r[2] switch
            {
                "sentence" => true,
                "clause" => false,
                _ => throw r.Error("SITREP-X004", "scope must be clause or sentence."),
            }, r[3])).ToList();
        var actors = Read("actors.tsv", "surface", "canonical", "country", "kind", "example")
            .Select(r => r[3] is "state" or "norp" or "capital" or "seat" or "bloc"
                ? new ActorName(r[0].Split(' '), r[1], r.Optional(2), r[3], r[4])
                : throw r.Error("SITREP-X004", "kind must be state, norp, capital, seat or bloc.")).ToList();
        var furniture = Read("furniture.tsv", "cue", "example").Select(r => new FurnitureCue(r[0].Split(' '), r[1])).ToList();
        var parties = Read("parties.tsv", "cue", "example").Select(r => new PartyCue(r[0].Split(' '), r[1])).ToList();
        ContentCues content;
        using (var r = open("events/content-cues.tsv"))
        {
            content = ContentCues.Read(r, "resources/en/events/content-cues.tsv");
        }

        return new EventLexicon
        {
            Content = content,
            Refusals = EventTypeSet.Load(open, EventTypeSet.RefusalsFile),
            StandingActs = EventTypeSet.Load(open, EventTypeSet.StandingActsFile),
            ClaimedActs = EventTypeSet.Load(open, EventTypeSet.ClaimedActsFile),
            ExpressedActs = EventTypeSet.Load(open, EventTypeSet.ExpressedActsFile),
            StatementActs = EventTypeSet.Load(open, EventTypeSet.StatementActsFile),
            ThreatTargets = EventTypeSet.Load(open, EventTypeSet.ThreatTargetsFile),
            TenseWords = ArgumentWords.Load(open, ArgumentWords.TenseWordsFile),
            CompletedWords = ArgumentWords.Load(open, ArgumentWords.CompletedWordsFile),
            TravelWords = ArgumentWords.Load(open, ArgumentWords.TravelWordsFile),
            IndefiniteWords = ArgumentWords.Load(open, ArgumentWords.IndefiniteWordsFile),
            GroupNouns = ArgumentWords.Load(open, ArgumentWords.GroupNounsFile),
            AdditiveWords = ArgumentWords.Load(open, ArgumentWords.AdditiveWordsFile),
            ObliqueRoles = ObliqueRoles.Load(open),
            StatusWords = StatusWords.Load(open),
            PlaceWords = PlaceWords.Load(open),
            Furniture = furniture,
            Parties = parties,
            Triggers = triggers,
            ByFirstToken = byFirst.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(t => t.Length).ToArray(), StringComparer.Ordinal),
            StatusCues = cues,
            Actors = actors,
            ActorsByFirstToken = actors.GroupBy(a => a.Tokens[0], StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(a => a.Tokens.Length).ToArray(), StringComparer.Ordinal),
        };
    }
}
