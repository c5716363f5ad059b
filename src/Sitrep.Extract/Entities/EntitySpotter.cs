using Sitrep.Core.Model;

namespace Sitrep.Extract.Entities;

/// <summary>
/// Lexicon names the tagger may miss or split: organizations with aliases ("the US State Department", "BBC",
/// "NATO") and seats of power ("the Kremlin", "Downing Street"). The longest listed phrase wins; it replaces model
/// mentions it fully contains ("US" + "State Department") and is added where the model found nothing. Capitalized
/// surfaces only; short aliases ("WHO", "UN") must be written in capitals.
/// </summary>
internal static class EntitySpotter
{
    private const int MaxTokens = 6;

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
                    : m.End - i == 1 ? EntityType.GPE : EntityType.ORG;
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

        for (var len = Math.Min(MaxTokens, end - i); len >= 1; len--)
        {
            var key = c.Key(i, i + len);
            var org = c.Lexicon.Organizations.ContainsKey(key);
            if (!org && !c.Lexicon.Metonyms.ContainsKey(key))
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
