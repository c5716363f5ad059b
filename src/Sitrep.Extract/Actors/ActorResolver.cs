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
            if (!PlaceCued(c, d.First))
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

    private static bool PlaceCued(EntityContext c, int first)
    {
        var p = first - 1;
        if (c.Is(p, "the"))
        {
            p--;
        }

        return p >= 0 && c.Lexicon.PlaceCues.Contains(c.Key(p, p + 1));
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

            names[d] = [.. Enumerable.Range(first, d.End - first).Select(i => c.Word(i).ToString())];
        }

        // Full names (two or more tokens) by folded surname; a lone surname takes the only full name it matches.
        var full = people.Where(d => names[d].Length >= 2).ToList();
        foreach (var d in people)
        {
            var n = names[d];
            var canonical = string.Join(' ', n);
            if (n.Length == 1)
            {
                var surname = c.Lexicon.Folding.Key(n[0]);
                var matches = full.Select(f => string.Join(' ', names[f]))
                    .Where(f => c.Lexicon.Folding.Key(f[(f.LastIndexOf(' ') + 1)..]) == surname)
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

    /// <summary>"person:" + folded surname, then "/" + the folded given name's first letter when there is one.</summary>
    public static string PersonKey(EntityContext c, string canonical)
    {
        var parts = canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var surname = c.Lexicon.Folding.Key(parts[^1]);
        var given = parts.Length > 1 ? c.Lexicon.Folding.Key(parts[0]) : "";
        return given.Length > 0 ? $"person:{surname}/{given[0]}" : "person:" + surname;
    }
}
