using Sitrep.Core.Model;

namespace Sitrep.Extract.Entities;

/// <summary>
/// Removes people the tagger invents from capitalised words, typically at the start of a sentence ("Moreover, …",
/// "Good relations …", "Crimea was annexed …"):
/// <list type="bullet">
/// <item>a listed word (not-person-words.tsv) or a word without a capital ("of Defense", "'s Office") leading a
/// PERSON span is cut off; a lone listed word is dropped, or retyped when the table gives a type (a place: "Crimea" →
/// GPE); a lone title ("Chancellor") is dropped; a lone country, nationality, organization or seat of power from the
/// entity tables is retyped (GPE, NORP, ORG);</item>
/// <item>a span led by a listed word with a type takes that type ("Deutsche Welle" → ORG); a span whose first or last
/// word is a place kind (place-kinds.tsv: "Lake Vostok") is that kind of place;</item>
/// <item>a name of several words ending in a title ("Federal Chancellor") or whose last word also appears in lower case
/// in the article ("Large Construction", "Climate Change", "Channel One"), and a lone word that appears in lower case
/// too ("Light", "Office"), is not a person and is dropped, unless it starts with a given name (given-names.tsv:
/// "Gordon Brown");</item>
/// <item>a lone-word PERSON that only ever appears capitalised at the start of a sentence, while the same word also
/// appears in lower case in the article ("Good …" and "a good deal"), or ends in -ly before a comma ("Naturally, …"),
/// is a common word, not a name.</item>
/// </list>
/// A name ends before a word it repeats ("Andrei Kostin Kostin" from a transcript's speaker label is "Andrei Kostin").
/// A span led by an honorific is left alone ("Madam Speaker" addresses a person). Runs over a whole document's drafts
/// before actor resolution.
/// </summary>
internal static class PersonFilter
{
    private const int GivenName = 1 << EntityLexicon.GivenNameCategory;

    public static void Apply(EntityContext c, ReadOnlySpan<Sentence> sentences)
    {
        var starts = new HashSet<int>();
        foreach (var s in sentences)
        {
            var first = s.FirstToken;
            starts.Add(first);
            // After an opening quote or bracket the next word is sentence-initial too.
            while (first < s.EndToken - 1 && c.Word(first) is "\"" or "\u201C" or "'" or "\u2018" or "(" or "[" or "-" or "\u2014")
            {
                starts.Add(++first);
            }
        }

        for (var k = c.Drafts.Count - 1; k >= 0; k--)
        {
            var d = c.Drafts[k];
            if (d.Type != EntityType.PERSON || d.Unnamed)
            {
                continue;
            }

            // An honorific makes a person even of a title alone ("Madam Speaker", "Mr Federal Chancellor").
            if (c.Lexicon.Honorifics.Contains(c.Word(d.First).ToString()))
            {
                continue;
            }

            while (d.End - d.First > 1 && IsLeadingJunk(c, d.First))
            {
                d.First++;
            }

            // Transcript speaker labels glue a name to itself ("Andrei Kostin Kostin Andrei…"): a name ends before
            // the first word it repeats.
            for (var i = d.First + 1; i < d.End; i++)
            {
                if (RepeatsEarlier(c, d.First, i))
                {
                    d.End = i;
                    break;
                }
            }

            if (Verdict(c, d.First, d.End, starts, out var type))
            {
                Replace(c, k, type);
            }
        }
    }

    /// <summary>True when tokens [first, end) are not a person's name; <paramref name="type"/> is what they are instead.</summary>
    private static bool Verdict(EntityContext c, int first, int end, HashSet<int> starts, out EntityType? type)
    {
        type = null;
        var givenName = (c.Lexicon.Gazetteer.Lookup(c.Word(first).ToString()) & GivenName) != 0;
        if (end - first > 1)
        {
            if (c.Lexicon.NotPersons.TryGetValue(c.Key(first, first + 1), out type) && type is not null)
            {
                return true;
            }

            type = PlaceKind(c, first, end);
            return type is not null
                || c.Lexicon.Titles.ContainsKey(c.Key(end - 1, end))
                || (HasLowerCaseTwin(c, end - 1) && !givenName);
        }

        var key = c.Key(first, end);
        if (c.Lexicon.NotPersons.TryGetValue(key, out type))
        {
            return true;
        }

        if (!char.IsUpper(c.Word(first)[0]) || c.Lexicon.Titles.ContainsKey(key))
        {
            return true;
        }

        type = LexiconType(c.Lexicon, key);
        return type is not null
            || (!givenName && HasLowerCaseTwin(c, first))
            || (starts.Contains(first) && (IsCommonWord(c, first, starts) || (!givenName && IsSentenceAdverb(c, first))));
    }

    private static EntityType? PlaceKind(EntityContext c, int first, int end) =>
        c.Lexicon.PlaceKinds.TryGetValue(c.Key(first, first + 1), out var kind) || c.Lexicon.PlaceKinds.TryGetValue(c.Key(end - 1, end), out kind)
            ? kind : null;

    /// <summary>The word at <paramref name="at"/> also occurs in the document starting with a lower-case letter.</summary>
    private static bool HasLowerCaseTwin(EntityContext c, int at)
    {
        var word = c.Word(at);
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        for (var i = 0; i < c.Tokens.Length; i++)
        {
            var w = c.Word(i);
            if (w.Length == word.Length && char.IsLower(w[0]) && w.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RepeatsEarlier(EntityContext c, int first, int at)
    {
        var word = c.Word(at);
        for (var j = first; j < at; j++)
        {
            if (word.Length > 1 && c.Word(j).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLeadingJunk(EntityContext c, int i) =>
        !char.IsUpper(c.Word(i)[0]) || (c.Lexicon.NotPersons.TryGetValue(c.Key(i, i + 1), out var type) && type is null);

    private static EntityType? LexiconType(EntityLexicon lexicon, string key) =>
        lexicon.Countries.ContainsKey(key) || lexicon.Metonyms.ContainsKey(key) ? EntityType.GPE
        : lexicon.Nationalities.ContainsKey(key) ? EntityType.NORP
        : lexicon.Organizations.ContainsKey(key) ? EntityType.ORG
        : null;

    private static void Replace(EntityContext c, int k, EntityType? type)
    {
        if (type is { } t)
        {
            var d = c.Drafts[k];
            d.Type = t;
            d.Role = null;
            d.Canonical = null;
            d.CountryFrom = null;
            return;
        }

        c.Drafts.RemoveAt(k);
    }

    /// <summary>"Naturally," "Unfortunately," at a sentence start: a word ending in -ly followed by a comma.</summary>
    private static bool IsSentenceAdverb(EntityContext c, int at) =>
        c.Word(at).EndsWith("ly", StringComparison.Ordinal) && at + 1 < c.Tokens.Length && c.Word(at + 1) is ",";

    /// <summary>The word occurs in lower case in the document and never capitalised away from a sentence start.</summary>
    private static bool IsCommonWord(EntityContext c, int at, HashSet<int> starts)
    {
        var word = c.Word(at);
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var lower = false;
        for (var i = 0; i < c.Tokens.Length; i++)
        {
            var w = c.Word(i);
            if (i == at || !w.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (char.IsLower(w[0]))
            {
                lower = true;
            }
            else if (!starts.Contains(i))
            {
                return false;
            }
        }

        return lower;
    }
}
