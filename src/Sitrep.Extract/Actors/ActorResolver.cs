using Sitrep.Core.Model;
using Sitrep.Extract.Entities;

namespace Sitrep.Extract.Actors;

/// <summary>
/// Resolves mentions to actors within one article: countries and nationality words to their ISO code and name,
/// capitals and seats of power used as actors ("Kyiv would reject", "the Kremlin said") to the government,
/// organization aliases to one name, and people to the fullest form of their name in the article ("Trump" and
/// "Mr Trump" → "Donald Trump"; a spelling variant "Zelensky" matches "Zelenskyy"), sharing role and country across
/// mentions; unnamed role descriptions ("the French president") take the named person with that role and country.
/// Each resolved actor gets a spelling-independent key for the store.
/// </summary>
internal static class ActorResolver
{
    public static void Apply(EntityContext c)
    {
        foreach (var d in c.Drafts)
        {
            switch (d.Type)
            {
                case EntityType.GPE or EntityType.LOC or EntityType.FAC or EntityType.ORG:
                    Place(c, d);
                    break;
                case EntityType.NORP:
                    if (c.Lexicon.Nationalities.TryGetValue(c.Key(d.First, d.End), out var iso) && iso is not null)
                    {
                        d.Country = iso;
                        d.Canonical = c.Lexicon.CountryNames.GetValueOrDefault(iso);
                        d.ActorKey = "country:" + iso;
                    }

                    break;
            }
        }

        People(c);
    }

    /// <summary>A capitalized word equal to the surname of a person named in full elsewhere in the article, which the
    /// tagger left untagged ("Zelenskyy thanked him"), becomes a mention of that person.</summary>
    private static void AddSurnames(EntityContext c, List<EntityDraft> people, Dictionary<EntityDraft, string[]> names)
    {
        var surnames = people.Where(p => names[p].Length >= 2).Select(p => names[p][^1]).ToHashSet(StringComparer.Ordinal);
        if (surnames.Count == 0)
        {
            return;
        }

        var covered = new bool[c.Tokens.Length];
        foreach (var d in c.Drafts)
        {
            Array.Fill(covered, true, d.First, d.End - d.First);
        }

        for (var i = 0; i < c.Tokens.Length; i++)
        {
            if (!covered[i] && c.Word(i).Length > 1 && char.IsUpper(c.Word(i)[0]) && surnames.Contains(c.Word(i).ToString()))
            {
                var d = new EntityDraft(i, i + 1, EntityType.PERSON) { Confidence = 0.9 };
                c.Drafts.Add(d);
                people.Add(d);
                names[d] = [c.Word(i).ToString()];
            }
        }
    }

    private static void Place(EntityContext c, EntityDraft d)
    {
        var key = c.Key(d.First, d.End);
        var lex = c.Lexicon;
        if (lex.Organizations.TryGetValue(key, out var org))
        {
            d.Type = EntityType.ORG;
            d.Canonical = org.Canonical;
            d.Country = org.Iso3;
            d.ActorKey = "org:" + lex.Folding.Key(org.Canonical);
        }
        else if (lex.Metonyms.TryGetValue(key, out var gov))
        {
            d.Country = gov.Iso3;
            if (ActsAsGovernment(c, d))
            {
                d.Canonical = gov.Canonical;
                d.ActorKey = "gov:" + gov.Iso3;
            }
        }
        else if (d.Type == EntityType.GPE && lex.Countries.TryGetValue(key, out var iso))
        {
            d.Country = iso;
            d.Canonical = lex.CountryNames.GetValueOrDefault(iso, c.Surface(d.First, d.End));
            d.ActorKey = "country:" + iso;
        }
        else if (d.Type == EntityType.ORG)
        {
            d.ActorKey = "org:" + lex.Folding.Key(c.Surface(d.First, d.End));
        }
    }

    private static bool ActsAsGovernment(EntityContext c, EntityDraft d)
    {
        var p = d.First - 1;
        if (c.Is(p, "the"))
        {
            p--;
        }

        return (d.End < c.Tokens.Length && c.Lexicon.MetonymCuesAfter.Contains(c.Key(d.End, d.End + 1)))
            || (p >= 0 && c.Lexicon.MetonymCuesBefore.Contains(c.Key(p, p + 1)));
    }

    private static void People(EntityContext c)
    {
        var people = c.Drafts.Where(d => d.Type == EntityType.PERSON && !d.Unnamed).ToList();
        var names = new Dictionary<EntityDraft, string[]>();
        foreach (var d in people)
        {
            var first = d.First;
            while (first < d.End - 1 && c.Lexicon.Honorifics.Contains(c.Word(first).ToString()))
            {
                first++;
            }

            names[d] = NameTokens(c, first, d.End);
        }

        AddSurnames(c, people, names);

        // Full names (two or more tokens) by folded surname; a lone surname takes the only full name it matches.
        var full = people.Where(d => names[d].Length >= 2).ToList();
        var fullKeys = full.Select(f => c.Lexicon.Folding.Key(string.Join(' ', names[f]))).ToHashSet(StringComparer.Ordinal);
        var surnames = full.Select(f => c.Lexicon.Folding.Key(names[f][^1])).ToHashSet(StringComparer.Ordinal);
        foreach (var d in c.Drafts.Where(d => d.Type is not EntityType.PERSON && d.ActorKey is null || d.Type == EntityType.ORG && d.ActorKey is { } k && k.StartsWith("org:", StringComparison.Ordinal) && d.Canonical is null))
        {
            // The tagger's one-off "between Witkoff and Rubio" as a place, or a full name typed ORG: the article
            // names that person elsewhere.
            var key = c.Lexicon.Folding.Key(c.Surface(d.First, d.End));
            if (fullKeys.Contains(key) || (d.End - d.First == 1 && surnames.Contains(key)))
            {
                d.Type = EntityType.PERSON;
                d.Canonical = d.Country = d.ActorKey = null;
                people.Add(d);
                names[d] = NameTokens(c, d.First, d.End);
            }
        }

        foreach (var d in people)
        {
            var n = names[d];
            var canonical = string.Join(' ', n);
            if (n.Length == 1 || (n.Length == 2 && IsInitial(n[0])))
            {
                // A lone surname, or an initial and surname ("J. Biden"), takes the only full name that fits it.
                var surname = c.Lexicon.Folding.Key(n[^1]);
                var matches = full.Where(f => !IsInitial(names[f][0])).Select(f => string.Join(' ', names[f]))
                    .Where(f => c.Lexicon.Folding.Key(f[(f.LastIndexOf(' ') + 1)..]) == surname && (n.Length == 1 || f[0] == n[0][0]))
                    .Distinct(StringComparer.Ordinal).ToList();
                if (matches.Count == 1)
                {
                    canonical = matches[0];
                }
            }

            d.Canonical = canonical;
            d.ActorKey = PersonKey(c, canonical);
        }

        Share(people);
        foreach (var d in people.Where(d => d.Country is null && d.CountryFrom is not null))
        {
            d.Country = d.CountryFrom!.Country;
        }

        Share(people);
        foreach (var u in c.Drafts.Where(d => d.Unnamed))
        {
            var named = people.Where(p => p.Role is not null && string.Equals(p.Role, u.Role, StringComparison.OrdinalIgnoreCase)
                && p.Country is not null && p.Country == u.Country).Select(p => p.Canonical).Distinct(StringComparer.Ordinal).ToList();
            if (named.Count == 1)
            {
                u.Canonical = named[0];
                u.ActorKey = PersonKey(c, named[0]!);
            }
        }
    }

    /// <summary>The name's words: tokens with a letter ("Vladimir [...] Putin" is "Vladimir Putin").</summary>
    private static string[] NameTokens(EntityContext c, int first, int end)
    {
        var words = Enumerable.Range(first, end - first).Select(i => c.Word(i).ToString())
            .Where(w => w.Any(char.IsLetter)).ToArray();
        return words.Length > 0 ? words : [c.Surface(first, end)];
    }

    /// <summary>Within an article one person has one role and country: mentions without them take the actor's.</summary>
    private static void Share(List<EntityDraft> people)
    {
        foreach (var group in people.GroupBy(p => p.ActorKey, StringComparer.Ordinal))
        {
            var role = group.Select(p => p.Role).FirstOrDefault(r => r is not null);
            var country = group.Select(p => p.Country).FirstOrDefault(r => r is not null);
            var from = group.Select(p => p.CountryFrom).FirstOrDefault(r => r is not null);
            foreach (var p in group)
            {
                p.Role ??= role;
                p.Country ??= country;
                p.CountryFrom ??= from;
            }
        }
    }

    /// <summary>
    /// "person:" + folded surname, then "/" + the class of the folded given name when there is one
    /// (<see cref="EntityLexicon.GivenNameClass"/>: "Volodymyr" and "Vladimir" are one class, "Daniil" and "Dmitry"
    /// two). An initial ("J. Biden") keeps its one letter; the store joins it to the one full name it fits.
    /// </summary>
    public static string PersonKey(EntityContext c, string canonical)
    {
        var parts = canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var surname = c.Lexicon.Folding.Key(parts[^1]);
        var given = parts.Length > 1 ? c.Lexicon.Folding.Key(parts[0]) : "";
        return given.Length switch
        {
            0 => "person:" + surname,
            1 => $"person:{surname}/{given}",
            _ => $"person:{surname}/{c.Lexicon.GivenNameClass(given)}",
        };
    }

    /// <summary>Whether a name's first word is an initial ("J." or "J"), so it can stand for a full given name.</summary>
    private static bool IsInitial(string word) => word.Length is 1 or 2 && char.IsUpper(word[0]) && (word.Length == 1 || word[1] == '.');
}
