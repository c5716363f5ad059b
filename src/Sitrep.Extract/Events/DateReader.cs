using Sitrep.Core.Model;
using Sitrep.Extract.Dates;
using Sitrep.Extract.Syntax;
using Sitrep.Syntax.Navigation;

namespace Sitrep.Extract.Events;

/// <summary>
/// The date of an event, from the dates layer (not an expression introduced by "since"/"until"/"by", nor a filing
/// timestamp), with the precision of its value; a week value ("this week") is given as its month, the precision annotators
/// use. With the parse, a date dates the predicate of its own clause (<see cref="DateClauses"/>): first one hanging on the
/// trigger itself ("a visit scheduled for May 16-18"), then the most precise one of the trigger's clause, then the nearest
/// one of a clause above it (a clausal complement takes none from outside: "Baerbock said on Wednesday that Germany had
/// sent weapons" dates the saying) but never one of a clause below it ("refused … since Moscow invaded Ukraine on 24
/// February", "invited lawmakers to visit Ukraine next year") nor of a sibling clause ("wrote to Johnson asking for this
/// commitment, although the defence secretary said on Tuesday …"); a subjectless participle clause is the setting of the
/// clause it modifies ("Appearing before the committee on Tuesday, Truss was asked if she backed …"). An act in the present
/// progressive with no date of its own is happening as the article is written ("is urging other leaders", "are carrying
/// out strikes"), and so is one in the present simple of a main clause ("western officials reject Lavrov's description",
/// "this is backed by the parliament", "the assault is still unfolding"): the publication date (present perfect and
/// reported clauses are not: measured, annotators leave most of those null). Without the parse, the
/// expression of the sentence closest to the trigger; without the dates layer only "today" / "tonight". Null when the
/// text gives no way to tell (ANNOTATION.md).
/// </summary>
public sealed partial class DateReader
{
    public EventDate? Read(Document document, SentenceWords words, int trigger, ClauseFrame? frame = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(words);
        if ((document.Layers & Layer.Timexes) != 0 && frame?.Clause is not null && frame.Graph is { } graph && DateClauses.Parsed(document))
        {
            return ByClause(document, graph, words, trigger, frame);
        }

        if ((document.Layers & Layer.Timexes) != 0)
        {
            TimeExpression? best = null;
            var bestDistance = int.MaxValue;
            var anchor = words.Spans[trigger].Start;
            foreach (var t in document.Timexes)
            {
                if (!words.Span.Contains(t.Span) || t.Type != TimexType.DATE || Precision(t.Value) is null || IsBound(document, t.Span) || IsStamp(document, t.Span))
                {
                    continue;
                }

                var distance = Math.Abs(t.Span.Start - anchor);
                if (distance < bestDistance)
                {
                    best = t;
                    bestDistance = distance;
                }
            }

            return best is null ? null : Of(best);
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (words.Lower[i] is "today" or "tonight")
            {
                return new EventDate(document.Date.DateIso, "day", words.Spans[i]);
            }
        }

        return null;
    }

    private static EventDate? ByClause(Document document, SyntaxGraph graph, SentenceWords words, int trigger, ClauseFrame frame)
    {
        var first = words.FirstToken;
        var end = first + words.Count;
        var own = DateClauses.Owner(document, first + trigger, first, end);
        TimeExpression? best = null;
        var bestRank = 0;
        TimeExpression? near = null;
        var nearDistance = int.MaxValue;
        var anchor = words.Spans[trigger].Start;
        foreach (var t in document.Timexes)
        {
            if (!words.Span.Contains(t.Span) || t.Type is not (TimexType.DATE or TimexType.TIME) || Precision(t.Value) is not { } p || IsBound(document, t.Span) || IsStamp(document, t.Span))
            {
                continue;
            }

            var head = DateClauses.HeadOf(graph, t.Span, first, end);
            var owner = DateClauses.Owner(document, head, first, end);
            var modifies = DateClauses.Modifies(document, head, first + trigger, first, end);
            if (modifies || (owner == own && own >= 0))
            {
                // a date on the trigger itself outranks one of its clause; within each, the most precise, then the first
                var rank = Rank(p) + (modifies ? 10 : 0);
                if (rank > bestRank)
                {
                    best = t;
                    bestRank = rank;
                }

                continue;
            }

            if (t.Type != TimexType.DATE || DateClauses.Below(document, owner, own, first, end) || !DateClauses.Above(document, owner, own, first, end))
            {
                continue;
            }

            var distance = Math.Abs(t.Span.Start - anchor);
            if (distance < nearDistance)
            {
                near = t;
                nearDistance = distance;
            }
        }

        if ((best ?? (frame.ComplementClause ? null : near)) is { } pick)
        {
            return Of(pick);
        }

        if (frame.ComplementClause || frame.ComplementOf is not null)
        {
            return null;
        }

        return (DateClauses.PresentProgressive(document, first + trigger, frame.Markers, first, end) ?? DateClauses.PresentSimple(document, first + trigger, frame.Markers, first, end)) is { } finite
            ? new EventDate(document.Date.DateIso, "day", document.Tokens[finite].Span)
            : null;
    }

    /// <summary>
    /// The event date a timex gives, at the precision of its value as the dates layer reads it
    /// (<see cref="TimexValues.PrecisionOf"/>): a part of a day ("Friday night": 2025-04-18TNI) or a clock time is its
    /// day, some day of a month ("1998-10-XX") is the month, a week is its month.
    /// </summary>
    private static EventDate Of(TimeExpression t)
    {
        var precision = Precision(t.Value)!;
        var value = precision switch
        {
            "day" => t.Value[..10],
            "week" => MonthOfWeek(t.Value),
            "month" => t.Value[..7],
            _ => t.Value[..4],
        };
        return new EventDate(value, precision == "week" ? "month" : precision, t.Span);
    }

    private static int Rank(string precision) => precision switch
    {
        "day" => 4,
        "week" => 3,
        "month" => 2,
        _ => 1,
    };

    /// <summary>"2022-W26" → "2022-06": the month of the ISO week's Thursday (the month most of its days fall in).</summary>
    public static string MonthOfWeek(string week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var year = int.Parse(week.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        var w = int.Parse(week.AsSpan(6, 2), System.Globalization.CultureInfo.InvariantCulture);
        if (w < 1 || w > System.Globalization.ISOWeek.GetWeeksInYear(year))
        {
            return week[..4];
        }

        var thursday = System.Globalization.ISOWeek.ToDateTime(year, w, DayOfWeek.Thursday);
        return thursday.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The precision an event date can have for a TIMEX3 value (day, week, month, year), or null for any other.</summary>
    public static string? Precision(string value) => TimexValues.PrecisionOf(value) switch
    {
        DatePrecision.Day or DatePrecision.Time => "day",
        DatePrecision.Week when value.Length == 8 => "week",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => null,
    };

    /// <summary>
    /// A timestamp ("Thu 24 Mar 2022 19.29 GMT": a date followed by a clock time and a zone) is when the page or the
    /// wire item was filed, not when an event happened.
    /// </summary>
    private static bool IsStamp(Document document, TextSpan span) =>
        ClockAndZone().IsMatch(document.Text.AsSpan(span.End, Math.Min(16, document.Text.Length - span.End)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\d{1,2}[.:]\d{2}\s*[A-Z]{2,4}\b")]
    private static partial System.Text.RegularExpressions.Regex ClockAndZone();

    /// <summary>
    /// A timex that bounds the event rather than dates it: the start of a span ("since 24 February"), its end ("until
    /// Friday") or a deadline ("to 2.5% of GDP by 2028").
    /// </summary>
    private static bool IsBound(Document document, TextSpan span)
    {
        var text = document.Text;
        var s = span.Start - 1;
        while (s > 0 && text[s] == ' ')
        {
            s--;
        }

        var w = s + 1;
        while (w > 0 && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        var word = text.AsSpan(w, s + 1 - w);
        return word.Equals("since", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase);
    }
}
