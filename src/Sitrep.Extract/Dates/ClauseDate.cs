using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates;

/// <summary>
/// For other stages (events): the date expression that governs a clause, with its precision. Reads the timexes layer
/// only (run <see cref="TimexStage"/> first).
/// </summary>
public static class ClauseDate
{
    /// <summary>
    /// The most precise calendar timex (DATE or TIME with a calendar value, not PAST_REF or a duration) that overlaps
    /// <paramref name="clause"/>; on equal precision the first one. Null when the clause has none.
    /// </summary>
    public static ClauseDateResult? Find(Document document, TextSpan clause)
    {
        ArgumentNullException.ThrowIfNull(document);
        ClauseDateResult? best = null;
        foreach (var t in document.Timexes)
        {
            if (t.Span.Start >= clause.End)
            {
                break;
            }

            if (!t.Span.Overlaps(clause) || t.Type is not (TimexType.DATE or TimexType.TIME))
            {
                continue;
            }

            var precision = TimexValues.PrecisionOf(t.Value);
            if (precision != DatePrecision.None && (best is null || precision > best.Value.Precision))
            {
                best = new ClauseDateResult(t, precision);
            }
        }

        return best;
    }

    /// <summary>As <see cref="Find(Document, TextSpan)"/> for the tokens <c>[firstToken, endToken)</c> of <see cref="Document.Tokens"/>.</summary>
    public static ClauseDateResult? Find(Document document, int firstToken, int endToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (firstToken < 0 || endToken > document.Tokens.Length || firstToken >= endToken)
        {
            return null;
        }

        return Find(document, new TextSpan(document.Tokens[firstToken].Start, document.Tokens[endToken - 1].End));
    }
}
