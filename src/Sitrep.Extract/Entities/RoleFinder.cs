using Sitrep.Core.Model;

namespace Sitrep.Extract.Entities;

/// <summary>
/// Titles and countries of people from the patterns news uses: "[Country/NORP] [title] NAME" ("US President Donald
/// Trump"), "[Country]'s [title] NAME", "[PERSON]'s [title] NAME" (the envoy shares the person's country),
/// "NAME, [Country]'s [title]", "NAME, the [NORP] [title]", and a second titled name joined by "and" shares the
/// first one's country. Titles without a name become unnamed actors ("Ukraine's foreign and defense ministers" is
/// two, "the French president" one).
/// </summary>
internal static class RoleFinder
{
    public static void Apply(EntityContext c, int first, int end)
    {
        // "Vice President JD Vance" tagged ORG: a name right after a title that no table knows is a person.
        foreach (var d in c.Drafts.Where(d => d.Type is not (EntityType.PERSON or EntityType.NORP) && d.First > first && d.End <= end))
        {
            var key = c.Key(d.First, d.End);
            if (c.TitleEndingAt(d.First, first) is not null && !c.Lexicon.Countries.ContainsKey(key)
                && !c.Lexicon.Organizations.ContainsKey(key) && !c.Lexicon.Metonyms.ContainsKey(key))
            {
                d.Type = EntityType.PERSON;
            }
        }

        foreach (var d in c.Drafts.Where(d => d.Type == EntityType.PERSON && d.First >= first && d.End <= end).ToList())
        {
            Before(c, d, first);
            if (d.Role is null)
            {
                After(c, d, end);
            }
        }

        Unnamed(c, first, end);
    }

    private static void Before(EntityContext c, EntityDraft d, int floor)
    {
        // A title inside the tagged span ("Pope Francis", "Prime Minister Keir Starmer" as one PERSON): split it off.
        if (d.End - d.First > 1 && c.TitleStartingAt(d.First, d.End - 1) is { } inner)
        {
            var start = d.First;
            d.First = inner.End;
            d.Role = inner.Role;
            if (Modifier(c, start, floor) is { } m)
            {
                Take(c, d, m);
            }

            return;
        }

        // "President of Ukraine Volodymyr Zelenskyy", "Minister of Foreign Affairs of Ukraine Dmytro Kuleba".
        if (c.EndingAt(d.First) is { Type: EntityType.GPE } of && c.Is(of.First - 1, "of")
            && c.TitleEndingAt(of.First - 1, floor) is { } ofTitle)
        {
            // "the Office of the President of Ukraine Ihor Zhovkva": a title inside an "of" phrase is someone else's.
            if (OfPhrase(c, ofTitle.First))
            {
                return;
            }

            d.Role = ofTitle.Role;
            Take(c, d, of);
            return;
        }

        if (c.TitleEndingAt(d.First, floor) is not { } title)
        {
            return;
        }

        // "Head of the Office of the President Andriy Yermak" (when no longer title matches): the title belongs to someone else.
        if (OfPhrase(c, title.First))
        {
            return;
        }

        d.Role = title.Role;
        var t0 = title.First;
        if (Modifier(c, t0, floor) is { } mod)
        {
            Take(c, d, mod);
            return;
        }

        // "US special envoy Steve Witkoff and Secretary of State Marco Rubio": the second shares the country the phrase
        // gives the first. Without one ("President Putin and Prime Minister Mitsotakis") nothing is shared: two
        // leaders side by side are as often from two countries.
        if (c.Is(t0 - 1, "and") && c.EndingAt(t0 - 1) is { Type: EntityType.PERSON } prev && prev.Role is not null)
        {
            d.Country ??= prev.Country;
            d.CountryFrom ??= prev.CountryFrom;
        }
    }

    /// <summary>Whether the title starting at <paramref name="first"/> follows "of" or "of the" (it names an office's holder, not this person).</summary>
    private static bool OfPhrase(EntityContext c, int first) =>
        c.Is(first - 1, "of") || (c.Is(first - 1, "the") && c.Is(first - 2, "of"));

    private static void After(EntityContext c, EntityDraft d, int ceiling)
    {
        // "NAME, Ukraine's chief of staff" / "NAME, the French president" / "NAME, chief of staff of Ukraine".
        var i = d.End;
        if (!c.Is(i, ","))
        {
            return;
        }

        i++;
        if (c.Is(i, "the"))
        {
            i++;
        }

        EntityDraft? mod = null;
        if (c.StartingAt(i) is { Type: EntityType.GPE or EntityType.NORP } m)
        {
            mod = m;
            i = m.End;
            if (c.IsPossessive(i))
            {
                i++;
            }
        }

        if (c.TitleStartingAt(i, ceiling) is not { } title || NamesAnother(c, title.End, ceiling))
        {
            return;
        }

        d.Role = title.Role;
        if (mod is null && c.Is(title.End, "of") && c.StartingAt(title.End + 1) is { Type: EntityType.GPE } of)
        {
            mod = of;
        }

        if (mod is not null)
        {
            Take(c, d, mod);
        }
    }

    /// <summary>
    /// In a list ("Secretary of the Security Council Nikolai Patrushev, Interior Minister Vladimir Kolokoltsev") a
    /// title after a name's comma belongs to the name that follows it before the next comma.
    /// </summary>
    private static bool NamesAnother(EntityContext c, int from, int ceiling)
    {
        for (var i = from; i < ceiling && !c.Is(i, ",") && !c.Is(i, ";"); i++)
        {
            if (c.StartingAt(i) is { Type: EntityType.PERSON })
            {
                return true;
            }
        }

        return false;
    }

    private static void Unnamed(EntityContext c, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (c.Covered(i) || c.TitleStartingAt(i, end) is not { } title || c.StartingAt(title.End) is { Type: EntityType.PERSON }
                || c.Covered(title.End - 1))
            {
                continue;
            }

            // "foreign and defense ministers": the modifier before "and" makes a second title with the same head.
            var titleFirst = i;
            var roles = new List<(int First, string Role)> { (i, title.Role) };
            if (c.Is(i - 1, "and") && i >= 2 && !c.Covered(i - 2)
                && c.Lexicon.Titles.TryGetValue(c.Key(i - 2, i - 1) + " " + c.Key(title.End - 1, title.End), out var other))
            {
                titleFirst = i - 2;
                roles.Insert(0, (i - 2, other));
            }

            var mod = Modifier(c, titleFirst, first);
            if (mod is null)
            {
                i = title.End - 1;
                continue;
            }

            foreach (var (f, role) in roles)
            {
                var u = new EntityDraft(f, title.End, EntityType.PERSON) { Role = role, Unnamed = true, Confidence = 0.8 };
                Take(c, u, mod);
                c.Drafts.Add(u);
            }

            i = title.End - 1;
        }
    }

    /// <summary>The country-giving word before a title at <paramref name="t0"/>: "US", "French", "Ukraine's", "Trump's".</summary>
    private static EntityDraft? Modifier(EntityContext c, int t0, int floor)
    {
        var at = t0;
        var possessive = c.IsPossessive(at - 1);
        if (possessive)
        {
            at--;
        }

        if (at <= floor || c.EndingAt(at) is not { } m)
        {
            return null;
        }

        return m.Type switch
        {
            EntityType.GPE or EntityType.NORP => m,
            EntityType.PERSON or EntityType.ORG when possessive => m,
            _ => null,
        };
    }

    private static void Take(EntityContext c, EntityDraft d, EntityDraft mod)
    {
        if (mod.Type is EntityType.GPE or EntityType.NORP)
        {
            d.Country ??= c.Lexicon.CountryOf(c.Key(mod.First, mod.End));
        }
        else
        {
            d.CountryFrom ??= mod;
        }
    }
}
