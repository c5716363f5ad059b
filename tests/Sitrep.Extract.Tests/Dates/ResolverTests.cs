using Sitrep.Extract.Dates;

namespace Sitrep.Extract.Tests.Dates;

public sealed class ResolverTests
{
    private static readonly DateOnly Thursday = new(2025, 4, 17);

    [Theory]
    [InlineData("UNDEF-weekday-5", Tense.Future, "2025-04-18")]
    [InlineData("UNDEF-weekday-5", Tense.Past, "2025-04-11")]
    [InlineData("UNDEF-weekday-4", Tense.Past, "2025-04-17")]
    [InlineData("UNDEF-weekday-1", Tense.None, "2025-04-14")]
    [InlineData("UNDEF-year-12", Tense.Future, "2025-12")]
    [InlineData("UNDEF-year-12", Tense.None, "2024-12")]
    [InlineData("UNDEF-year-01-10", Tense.Past, "2025-01-10")]
    [InlineData("UNDEF-year-SU", Tense.Past, "2024-SU")]
    [InlineData("UNDEF-this-quarter-MINUS-1", Tense.None, "2025-Q1")]
    [InlineData("UNDEF-this-month-PLUS-9", Tense.None, "2026-01")]
    [InlineData("UNDEF-this-week-PLUS-0", Tense.None, "2025-W16")]
    [InlineData("UNDEF-this-decade-MINUS-3", Tense.None, "199")]
    [InlineData("UNDEF-this-year-MINUS-X", Tense.None, "PAST_REF")]
    [InlineData("UNDEF-past-weekday-4", Tense.Future, "2025-04-10")] // "last Thursday" said on a Thursday: a week back
    [InlineData("UNDEF-weekday-1", Tense.Present, "2025-04-14")] // present: the nearest Monday
    [InlineData("UNDEF-weekday-2", Tense.None, "2025-04-15")] // no cue: the previous Tuesday (two days back, five ahead)
    [InlineData("UNDEF-weekday-7", Tense.None, "2025-04-13")] // no cue: back 4 vs ahead 3, the previous one
    [InlineData("UNDEF-weekday-6", Tense.None, "2025-04-19")] // no cue: ahead 2 vs back 5, the next one
    [InlineData("UNDEF-year-05-02", Tense.Past, "2025-05-02")] // past tense, 15 days ahead: the nearest year
    [InlineData("UNDEF-year-08-02", Tense.Past, "2024-08-02")] // past tense, 107 days ahead: last year
    [InlineData("UNDEF-year-04-01", Tense.Future, "2025-04-01")] // future tense, 16 days back: the nearest year
    [InlineData("UNDEF-year-05", Tense.Past, "2024-05")] // a bare month gets no slack
    [InlineData("UNDEF-past-year-04", Tense.None, "2025-04")]
    [InlineData("UNDEF-future-year-04-01", Tense.None, "2026-04-01")] // forced: no slack
    [InlineData("UNDEF-year-Q1", Tense.Future, "2025-Q1")] // a quarter ended 17 days ago, in the future tense
    [InlineData("UNDEF-year-11-w4@22", Tense.Past, "2024-11-28")] // Thanksgiving
    [InlineData("UNDEF-year-11-w2@2", Tense.Future, "2025-11-04")] // US Election Day
    [InlineData("UNDEF-year-EASTER+0", Tense.None, "2025-04-20")]
    [InlineData("UNDEF-year-EASTER-2", Tense.Past, "2025-04-18")] // Good Friday: the year is chosen by a typical Easter date (10 April)
    [InlineData("UNDEF-year-OEASTER+0", Tense.None, "2025-04-20")]
    [InlineData("2024-OEASTER+0", Tense.None, "2024-05-05")]
    [InlineData("2023-05-w1@25", Tense.None, "2023-05-29")] // Memorial Day 2023
    [InlineData("UNDEF-ago-decade-MINUS-1", Tense.None, "2015")]
    [InlineData("UNDEF-ago-year-MINUS-2", Tense.None, "2023")]
    [InlineData("PRESENT_REF", Tense.None, "PRESENT_REF")]
    [InlineData("UNDEF-nonsense", Tense.None, null)]
    [InlineData("UNDEF-year-13", Tense.None, null)]
    public void Resolves_against_the_publication_date(string value, Tense tense, string? expected) =>
        Assert.Equal(expected, TimexResolver.Resolve(value, Thursday, tense, null));

    [Fact]
    public void Ref_values_follow_the_last_resolved_date()
    {
        var anchor = new DateAnchor(new DateOnly(2022, 2, 24), DatePrecision.Day);
        Assert.Equal("2022-02-26", TimexResolver.Resolve("UNDEF-REF-day-PLUS-2", Thursday, Tense.None, anchor));
        // A month-precise anchor cannot anchor a day: the DCT does.
        Assert.Equal("2025-04-18", TimexResolver.Resolve("UNDEF-REF-day-PLUS-1", Thursday, Tense.None, anchor with { Precision = DatePrecision.Month }));
    }

    [Fact]
    public void A_future_clause_does_not_land_before_the_publication_date()
    {
        var february = new DateAnchor(new DateOnly(2025, 2, 24), DatePrecision.Day);
        // "will come in the next month", after 24 February, said on 17 April: next month from now.
        Assert.Equal("2025-05", TimexResolver.Resolve("UNDEF-REF-month-PLUS-1", Thursday, Tense.Future, february));
        // Without the future tense, or when the shift from the reference reaches the present, the reference holds.
        Assert.Equal("2025-03", TimexResolver.Resolve("UNDEF-REF-month-PLUS-1", Thursday, Tense.None, february));
        var march = new DateAnchor(new DateOnly(2025, 3, 20), DatePrecision.Day);
        Assert.Equal("2025-04", TimexResolver.Resolve("UNDEF-REF-month-PLUS-1", Thursday, Tense.Future, march));
    }

    [Fact]
    public void The_same_day_of_a_month_is_an_unknown_day_of_it()
    {
        // "most recently last October … crossed out that same day": a day of October 1998.
        var october = new DateAnchor(new DateOnly(1998, 10, 1), DatePrecision.Month);
        Assert.Equal("1998-10-XX", TimexResolver.Resolve("UNDEF-REF-day", new DateOnly(1999, 2, 6), Tense.Past, october));
        // It keeps its month as the reference for what follows.
        Assert.Equal(october, TimexValues.AnchorOf("1998-10-XX"));
    }

    [Fact]
    public void A_year_shift_after_a_quarter_is_a_quarter()
    {
        var quarter = TimexValues.AnchorOf("1989-Q3");
        Assert.Equal("1988-Q3", TimexResolver.Resolve("UNDEF-REF-year-MINUS-1", new DateOnly(1989, 11, 2), Tense.None, quarter));
        Assert.Equal("1988-Q3", TimexResolver.Resolve("UNDEF-ago-year-MINUS-1", new DateOnly(1989, 11, 2), Tense.None, quarter));
    }

    [Fact]
    public void Calendar_years_do_not_follow_a_quarter()
    {
        // "Third-quarter profit rose. Last year, profit fell." — "last year" and "this year" are calendar years.
        var quarter = TimexValues.AnchorOf("1989-Q3");
        Assert.Equal("1988", TimexResolver.Resolve("UNDEF-this-year-MINUS-1", new DateOnly(1989, 11, 2), Tense.None, quarter));
        Assert.Equal("1989", TimexResolver.Resolve("UNDEF-this-year-PLUS-0", new DateOnly(1989, 11, 2), Tense.None, quarter));
    }

    [Theory]
    [InlineData("2025", DatePrecision.Year)]
    [InlineData("2025-04", DatePrecision.Month)]
    [InlineData("1998-10-XX", DatePrecision.Month)]
    [InlineData("2025-04-17", DatePrecision.Day)]
    [InlineData("2025-04-17T14:30", DatePrecision.Time)]
    [InlineData("2025-W16", DatePrecision.Week)]
    [InlineData("2025-Q2", DatePrecision.Quarter)]
    [InlineData("2025-SU", DatePrecision.Season)]
    [InlineData("2025-WI", DatePrecision.Season)]
    [InlineData("199X", DatePrecision.Decade)]
    [InlineData("19", DatePrecision.Century)]
    [InlineData("PAST_REF", DatePrecision.None)]
    [InlineData("P3D", DatePrecision.None)]
    public void Precision_of_values(string value, DatePrecision precision) => Assert.Equal(precision, TimexValues.PrecisionOf(value));
}
