using Sitrep.Core.Model;

namespace Sitrep.Extract.Entities;

/// <summary>
/// Lexicon names the tagger may miss or split: organizations with aliases ("the US State Department", "BBC",
/// "NATO"), seats of power ("the Kremlin", "Downing Street") and multi-word country names ("Great Britain"). The longest listed phrase wins; it replaces model
/// mentions it fully contains ("US" + "State Department") and is added where the model found nothing. Capitalized
/// surfaces only; short aliases ("WHO", "UN") must be written in capitals.
/// </summary>
internal static class EntitySpotter
{
    private const int MaxTokens = 8;

    public static void Apply(EntityContext c, int first, int end)
    {
        var i = first;
        while (i < end)
        {
            var match = Longest(c, i, end);
            if (match is not { } m)
            {
                i++;
                continue;
            }

            var inside = c.Drafts.FindAll(d => d.First >= i && d.End <= m.End);
            var crossing = c.Drafts.Exists(d => d.First < m.End && i < d.End && !(d.First >= i && d.End <= m.End));
            if (!crossing)
            {
                foreach (var d in inside)
                {
                    c.Drafts.Remove(d);
                }

                var type = m.Organization ? EntityType.ORG
                    : inside.Count == 1 && inside[0].First == i && inside[0].End == m.End ? inside[0].Type
                    : m.End - i == 1 || c.Lexicon.Countries.ContainsKey(c.Key(i, m.End)) ? EntityType.GPE : EntityType.ORG;
                c.Drafts.Add(new EntityDraft(i, m.End, type));
            }

            i = m.End;
        }
    }

    private static (int End, bool Organization)? Longest(EntityContext c, int i, int end)
    {
        var w = c.Word(i);
        if (w.Length == 0 || !char.IsUpper(w[0]))
        {
            return null;
        }

        Span<char> buffer = stackalloc char[256];
        for (var len = Math.Min(MaxTokens, end - i); len >= 1; len--)
        {
            // Keys are built in the stack buffer (this runs for every capitalized token, up to MaxTokens times).
            bool org, metonym, country;
            if (c.TryKey(i, i + len, buffer, out var span))
            {
                org = c.Lexicon.OrganizationLookup.ContainsKey(span);
                metonym = !org && c.Lexicon.MetonymLookup.ContainsKey(span);
                country = !org && !metonym && len > 1 && c.Lexicon.CountryLookup.ContainsKey(span);
            }
            else
            {
                var key = c.Key(i, i + len);
                org = c.Lexicon.Organizations.ContainsKey(key);
                metonym = !org && c.Lexicon.Metonyms.ContainsKey(key);
                country = !org && !metonym && len > 1 && c.Lexicon.Countries.ContainsKey(key);
            }

            if (!org && !metonym && !country)
            {
                continue;
            }

            if (len == 1 && w.Length <= 4 && !IsAllCaps(w) && org)
            {
                continue;
            }

            if (!org && !char.IsUpper(c.Word(i + len - 1)[0]))
            {
                continue;
            }

            return (i + len, org);
        }

        return null;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        foreach (var ch in w)
        {
            if (char.IsLower(ch))
            {
                return false;
            }
        }

        return true;
    }
}
