using System.Text;
using Sitrep.Geo.Resources;

namespace Sitrep.Geo.Names;

/// <summary>
/// The loose key of a folded Latin name under spelling-rules.tsv: competing romanizations (Kryvyi/Kryviy,
/// Vinnytsia/Vinnitsa, Odesa/Odessa) meet on one skeleton. Rules apply in file order, then runs of one letter collapse.
/// </summary>
public sealed class SpellingSkeleton(IEnumerable<SpellingRule> rules)
{
    private readonly SpellingRule[] _rules = [.. rules];

    public string Of(string folded)
    {
        var sb = new StringBuilder(folded);
        foreach (var rule in _rules)
        {
            sb.Replace(rule.From, rule.To);
        }

        for (var i = sb.Length - 1; i > 0; i--)
        {
            if (sb[i] == sb[i - 1] && char.IsLetter(sb[i]))
            {
                sb.Remove(i, 1);
            }
        }

        return sb.ToString();
    }
}
