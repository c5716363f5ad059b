using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates;

/// <summary>
/// For other stages (events): the date of a clause and its precision, from the timexes layer (run
/// <see cref="TimexStage"/> first). A timex can date a clause when it is a calendar DATE or TIME (day, week, month or
/// year; not PAST_REF, a duration or a set), does not bound a span ("since 24 February", "until Friday", "by 2028") and is
/// not a filing timestamp ("Thu 24 Mar 2022 19.29 GMT").
/// <para>With the parse (<see cref="ClauseDateQuery.Graph"/>), a date dates the predicate of its own clause
/// (<see cref="DateClauses"/>): first one hanging on the word itself ("a visit scheduled for May 16-18"), then the most
/// precise one of the word's clause, then the nearest one of a clause above it (a clausal complement takes none from
/// outside: "Baerbock said on Wednesday that Germany had sent weapons" dates the saying), never one of a clause below it
/// ("refused … since Moscow invaded Ukraine on 24 February") nor of a sibling clause ("wrote to Johnson asking for this
/// commitment, although the defence secretary said on Tuesday …"); a subjectless participle clause is the setting of the
/// clause it modifies ("Appearing before the committee on Tuesday, Truss was asked if she backed …"). An act in the
/// present progressive with no date of its own is happening as the article is written ("is urging other leaders", "are
/// carrying out strikes"), and so is one in the present simple of a main clause ("western officials reject Lavrov's
/// description", "the assault is still unfolding"): the publication date, unless another verb reports it (present perfect
/// clauses are not dated: measured, annotators leave most of those null). An act that a present-tense "continue" carries
/// is going on as the article is written even when another verb reports it ("the military said Russian forces continue
/// to focus on Kyiv while moving ahead with assaults", "units, which continue intensive shelling"): the publication
/// date.</para>
/// <para>Without the parse, the date of the sentence nearest the word; without the timexes layer, only "today" /
/// "tonight". Null when the text gives no way to tell.</para>
/// </summary>
public static partial class ClauseDate
{
    /// <summary>The date of the clause of <see cref="ClauseDateQuery.Token"/>, or null.</summary>
    public static ClauseDateResult? Find(Document document, ClauseDateQuery query)
    {
        ArgumentNullException.ThrowIfNull(document);
        if ((uint)query.Sentence >= (uint)document.Sentences.Length)
        {
            return null;
        }

        var sentence = document.Sentences[query.Sentence];
        if (query.Token < sentence.FirstToken || query.Token >= sentence.EndToken)
        {
            return null;
        }

        if ((document.Layers & Layer.Timexes) == 0)
        {
            return Today(document, sentence);
        }

        return query.Graph is { } graph && DateClauses.Parsed(document)
            ? ByClause(document, graph, sentence, query)
            : Nearest(document, sentence, query.Token);
    }

    /// <summary>True when <paramref name="timex"/> can date a clause (see the class summary).</summary>
    public static bool CanDate(Document document, TimeExpression timex)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(timex);
        return timex.Type is TimexType.DATE or TimexType.TIME && Rank(timex.Value) > 0 && !IsBound(document, timex.Span) && !IsStamp(document, timex.Span);
    }

    private static ClauseDateResult? ByClause(Document document, Sitrep.Syntax.Navigation.SyntaxGraph graph, Sentence sentence, ClauseDateQuery query)
    {
        var first = sentence.FirstToken;
        var end = sentence.EndToken;
        var trigger = query.Token;
        var own = DateClauses.Owner(document, trigger, first, end);
        TimeExpression? best = null;
        var bestRank = 0;
        TimeExpression? near = null;
        var nearDistance = int.MaxValue;
        var anchor = document.Tokens[trigger].Start;
        foreach (var t in document.Timexes)
        {
            if (!sentence.Span.Contains(t.Span) || !CanDate(document, t))
            {
                continue;
            }

            var head = DateClauses.HeadOf(graph, t.Span, first, end);
            var owner = DateClauses.Owner(document, head, first, end);
            var modifies = DateClauses.Modifies(document, head, trigger, first, end);
            if (modifies || (owner == own && own >= 0))
            {
                // a date on the word itself outranks one of its clause; within each, the most precise, then the first
                var rank = Rank(t.Value) + (modifies ? 10 : 0);
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

        if ((best ?? (query.Complement ? null : near)) is { } pick)
        {
            return ClauseDateResult.Of(pick);
        }

        if (DateClauses.Continuing(document, trigger, first, end) is { } going)
        {
            return new ClauseDateResult(document.Date.DateIso, DatePrecision.Day, document.Tokens[going].Span, null);
        }

        if (query.Complement || query.Reported)
        {
            return null;
        }

        return (DateClauses.PresentProgressive(document, trigger, query.Markers, first, end) ?? DateClauses.PresentSimple(document, trigger, query.Markers, first, end)) is { } finite
            ? new ClauseDateResult(document.Date.DateIso, DatePrecision.Day, document.Tokens[finite].Span, null)
            : null;
    }

    private static ClauseDateResult? Nearest(Document document, Sentence sentence, int token)
    {
        TimeExpression? best = null;
        var bestDistance = int.MaxValue;
        var anchor = document.Tokens[token].Start;
        foreach (var t in document.Timexes)
        {
            if (!sentence.Span.Contains(t.Span) || t.Type != TimexType.DATE || !CanDate(document, t))
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

        return best is null ? null : ClauseDateResult.Of(best);
    }

    private static ClauseDateResult? Today(Document document, Sentence sentence)
    {
        foreach (var token in document.TokensOf(sentence))
        {
            var word = document.Text.AsSpan(token.Start, token.Length);
            if (word.Equals("today", StringComparison.OrdinalIgnoreCase) || word.Equals("tonight", StringComparison.OrdinalIgnoreCase))
            {
                return new ClauseDateResult(document.Date.DateIso, DatePrecision.Day, token.Span, null);
            }
        }

        return null;
    }

    /// <summary>How well a value dates a clause: a day (or a time of a day) 4, a week 3, a month 2, a year 1, else 0.</summary>
    private static int Rank(string value) => TimexValues.PrecisionOf(value) switch
    {
        DatePrecision.Day or DatePrecision.Time => 4,
        DatePrecision.Week when value.Length == 8 => 3,
        DatePrecision.Month => 2,
        DatePrecision.Year => 1,
        _ => 0,
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
