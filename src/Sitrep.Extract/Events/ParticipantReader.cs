using Sitrep.Core.Model;
using Sitrep.Extract.Quotes;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>
/// Turns a token range into actors or recipients: entity mentions (canonical name, country; NORP mapped to its
/// state) when the entities layer ran, else state names and adjectives from actors.tsv and runs of capitalized
/// name words resolved to full names. A possessor ("Trump's special envoy Steve Witkoff") yields to the head.
/// </summary>
public sealed class ParticipantReader(EventLexicon lexicon, QuoteLexicon names)
{
    /// <summary>The lexicon the reader's tables come from (for the party rules built on it).</summary>
    public EventLexicon Lexicon => lexicon;

    /// <summary>The roles of prepositional phrases (the trigger row's, else the type's default).</summary>
    public ObliqueRoles Roles => lexicon.ObliqueRoles;

    /// <summary>Words that make a role description indefinite ("a minister", "one official").</summary>
    public ArgumentWords IndefiniteWords => lexicon.IndefiniteWords;

    /// <summary>Nouns that name a group of parties by description ("allies", "Western countries").</summary>
    public ArgumentWords GroupNouns => lexicon.GroupNouns;

    /// <summary>Title and role words in lower case ("president", "minister"), as the quote speakers' lexicon has them.</summary>
    public IReadOnlySet<string> TitleWords => names.TitlesLower;

    public List<EventParticipant> Read(Document document, SentenceWords words, TokenRange range, NameIndex index)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<EventParticipant>();
        if (range.IsEmpty)
        {
            return found;
        }

        var span = words.SpanOf(range.Start, range.End);
        var entities = (document.Layers & Layer.Entities) != 0;
        var modifiers = new List<TextSpan>();
        if (entities)
        {
            foreach (var m in document.Entities)
            {
                if (span.Contains(m.Span) && m.Type is EntityType.PERSON or EntityType.ORG or EntityType.GPE or EntityType.NORP && !(StateName(m.Span.Of(document.Text)) is null && CompoundHead(words, After(words, m.Span))))
                {
                    var text = m.Span.Of(document.Text);
                    var canonical = m.Canonical ?? text;
                    var state = StateName(text) ?? (m.Type is EntityType.NORP or EntityType.GPE ? StateName(canonical) : null);
                    if (state is null && m.Type is EntityType.GPE && !IsGovernment(m) && NounModifier(document, m.Span) is not null)
                    {
                        // "The Paris agenda", "the Kharkiv offensive": a town that modifies a noun names no party
                        modifiers.Add(m.Span);
                        continue;
                    }

                    if (state is null && m.Type is EntityType.NORP && m.Country is null)
                    {
                        // "European diplomats": a nationality word with no country is a party only with the noun it describes
                        modifiers.Add(m.Span);
                        if (NounModifier(document, m.Span) is { } head && span.Contains(head))
                        {
                            var phrase = new TextSpan(m.Span.Start, head.End);
                            Add(found, new EventParticipant(phrase.Of(document.Text), phrase) { Canonical = phrase.Of(document.Text) });
                        }

                        continue;
                    }

                    Add(found, new EventParticipant(text, m.Span) { Canonical = state?.Canonical ?? (m.Type == EntityType.PERSON ? index.Resolve(canonical, m.Span.Start) : canonical), Country = m.Country ?? state?.Country });
                }
            }

            TitlePhrase.Apply(document, words, found, modifiers, names, p => IsState(document, p));
        }

        var i = range.Start;
        var mentioned = found.Select(p => p.Span).ToList();
        // places and facilities ("the Black Sea", "the Donbas region") are never actors or recipients, unless one stands
        // for a government ("the White House said"); a state named inside one ("the Embassy of Ukraine") still counts
        var places = entities
            ? document.Entities.Where(m => m.Type is EntityType.LOC or EntityType.FAC && span.Overlaps(m.Span) && !IsGovernment(m)).Select(m => m.Span).ToList()
            : [];

        while (i < range.End)
        {
            if (mentioned.Exists(m => m.Overlaps(words.Spans[i])) || modifiers.Exists(m => m.Overlaps(words.Spans[i])))
            {
                i++;
                continue;
            }

            if (lexicon.ActorsByFirstToken.TryGetValue(words.Surface[i], out var actors))
            {
                var hit = actors.FirstOrDefault(a => i + a.Tokens.Length <= range.End && Same(words, i, a.Tokens));
                var next = hit is null ? -1 : i + hit.Tokens.Length;
                if (hit is not null && next < words.Count && (names.Titles.Contains(words.Surface[next]) || IsNameWord(words, next)) && next < range.End)
                {
                    // "French President Emmanuel Macron": the adjective describes the person who follows
                    i = next;
                    continue;
                }

                if (hit is not null)
                {
                    var s = words.SpanOf(i, i + hit.Tokens.Length);
                    Add(found, new EventParticipant(s.Of(document.Text), s) { Canonical = hit.Canonical, Country = hit.Country });
                    i += hit.Tokens.Length;
                    continue;
                }
            }

            // a capitalized sentence-initial word the entities layer did not take is an ordinary word ("During", "Recent")
            if (i == 0 && entities && !(i + 1 < range.End && IsNameWord(words, i + 1)))
            {
                i++;
                continue;
            }

            if (IsNameWord(words, i) && places.Exists(p => p.Overlaps(words.Spans[i])))
            {
                i++;
                continue;
            }

            if (IsNameWord(words, i))
            {
                var j = i;
                var start = i;
                while (j < range.End && (IsNameWord(words, j) || (j > start && words.Surface[j] is "of" && j + 1 < range.End && IsNameWord(words, j + 1))))
                {
                    if (names.Titles.Contains(words.Surface[j]))
                    {
                        start = j + 1;
                    }

                    j++;
                }

                if (j > start && start < j && !names.Titles.Contains(words.Surface[j - 1]) && !CompoundHead(words, j))
                {
                    var s = words.SpanOf(start, j);
                    var text = s.Of(document.Text);
                    Add(found, new EventParticipant(text, s) { Canonical = index.Resolve(text, s.Start) });
                }

                i = Math.Max(j, i + 1);
                continue;
            }

            i++;
        }

        if (found.Count == 0 && GroupPhrase.Read(document, words, range, GroupNouns) is { } group)
        {
            return [group];
        }

        return Possessors(document, found.ConvertAll(p => RoleHolder(document, words, p, index)));
    }

    /// <summary>
    /// A role description ("the Head of State", "the president") stands for the person the article named with that role
    /// before it, as for quote speakers; "a minister" or a name stays as it is.
    /// </summary>
    private EventParticipant RoleHolder(Document document, SentenceWords words, EventParticipant p, NameIndex index)
    {
        if (p.Canonical is not null && !string.Equals(p.Canonical, p.Text, StringComparison.Ordinal))
        {
            return p;
        }

        var lower = p.Text.ToLowerInvariant().Split(' ');
        if (!Array.Exists(lower, names.TitlesLower.Contains) && names.RoleSynonyms(lower).Count == lower.Length)
        {
            return p;
        }

        var before = Array.FindLastIndex(words.Spans, s => s.End <= p.Span.Start);
        if (before >= 0 && IndefiniteWords.Contains(words.Lower[before]))
        {
            return p;
        }

        if (index.ByRole(names.RoleSynonyms(lower), names.TitlesLower, p.Span.Start) is not { } person)
        {
            return p;
        }

        // "Ukraine’s foreign ministers" are not the UK foreign secretary the article named before: a possessor's country
        // that differs from the holder's rules the holder out
        if (before >= 0 && words.Lower[before] is "'s" or "’s"
            && document.Entities.FirstOrDefault(m => m.Span.End == words.Spans[before].Start && m.Country is not null)?.Country is { } owner
            && document.Entities.FirstOrDefault(m => m.Type == EntityType.PERSON && m.Canonical == person && m.Country is not null)?.Country is { } own
            && !string.Equals(owner, own, StringComparison.Ordinal))
        {
            return p;
        }

        return p with { Canonical = person };
    }

    /// <summary>The canonical state for a name or adjective ("Russian" -> Russia/RUS), if it is one.</summary>
    public ActorName? StateName(string text) =>
        lexicon.ActorsByFirstToken.TryGetValue(text.Split(' ')[0], out var list)
            ? list.FirstOrDefault(a => string.Join(' ', a.Tokens) == text)
            : null;

    /// <summary>
    /// The first half of a hyphenated compound ("Russo-Ukrainian war", "Franco-German plan") describes the noun, not a
    /// participant: the word ending before <paramref name="next"/> is followed by a hyphen, a word and then no further
    /// name word ("Mahmoud-Ali Kalimatov" is a name). State names and adjectives ("Russian-Azerbaijani") are not checked.
    /// </summary>
    private bool CompoundHead(SentenceWords words, int next) =>
        next > 0 && next + 1 < words.Count && words.Surface[next] is "-" or "‐" && words.Spans[next].Start == words.Spans[next - 1].End
        && words.Spans[next + 1].Start == words.Spans[next].End && words.Kinds[next + 1] == TokenKind.Word
        && !(next + 2 < words.Count && IsNameWord(words, next + 2));

    /// <summary>
    /// With the parse: the span of the common noun a name modifies, from the name to that noun ("Paris" in "The Paris
    /// agenda" is a compound of "agenda", "European" in "European national security advisers" an amod of "advisers");
    /// null when the name is no modifier of a later common noun, or without the parse.
    /// </summary>
    private static TextSpan? NounModifier(Document document, TextSpan name)
    {
        if ((document.Layers & Layer.Syntax) == 0 || document.Syntax.Length != document.Tokens.Length)
        {
            return null;
        }

        var tokens = document.Tokens;
        var last = -1;
        for (var t = 0; t < tokens.Length && tokens[t].Start < name.End; t++)
        {
            last = tokens[t].Start >= name.Start ? t : last;
        }

        if (last < 0 || document.Syntax[last].Relation is not ("compound" or "amod") || document.Syntax[last].Head is var h && (h <= last || h >= tokens.Length))
        {
            return null;
        }

        return document.Syntax[h].Upos == UniversalPos.NOUN ? new TextSpan(tokens[h].Start, tokens[h].End) : null;
    }

    private static int After(SentenceWords words, TextSpan span)
    {
        var k = Array.FindIndex(words.Spans, t => t.Start >= span.End);
        return k < 0 ? words.Count : k;
    }

    /// <summary>A participant that names a state: a state name or adjective of actors.tsv, or a mention keyed to a country or its government.</summary>
    private bool IsState(Document document, EventParticipant p) =>
        StateName(p.Canonical ?? p.Text) is not null || StateName(p.Text) is not null
        || document.Entities.Any(m => m.Span == p.Span && m.ActorKey is { } key && (key.StartsWith("country:", StringComparison.Ordinal) || key.StartsWith("gov:", StringComparison.Ordinal)));

    private static bool IsGovernment(Mention m) => m.ActorKey is { } key && key.StartsWith("gov:", StringComparison.Ordinal);

    private static bool Same(SentenceWords words, int at, string[] tokens)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!string.Equals(words.Surface[at + k], tokens[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsNameWord(SentenceWords words, int i) =>
        words.Kinds[i] == TokenKind.Word && words.Surface[i].Length > 1 && char.IsUpper(words.Surface[i][0]) && !names.NonNameWords.Contains(words.Surface[i]);

    private static void Add(List<EventParticipant> list, EventParticipant p)
    {
        if (!list.Exists(x => string.Equals(x.Canonical, p.Canonical, StringComparison.Ordinal)))
        {
            list.Add(p);
        }
    }

    /// <summary>Drops a possessor ("Trump’s envoy Witkoff") when a later participant is the head of the phrase.</summary>
    private static List<EventParticipant> Possessors(Document document, List<EventParticipant> found)
    {
        if (found.Count < 2)
        {
            return found;
        }

        var text = document.Text;
        return found.Where((p, k) => k == found.Count - 1 || !(p.Span.End + 1 < text.Length && text[p.Span.End] is '\'' or '’' && text[p.Span.End + 1] == 's')).ToList();
    }
}
