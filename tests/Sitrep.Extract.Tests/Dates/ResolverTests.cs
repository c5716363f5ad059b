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
    [InlineData("UNDEF-past-weekday-4", Tense.Future, "2025-04-17")]
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
    public void A_year_shift_after_a_quarter_is_a_quarter()
    {
        var quarter = TimexValues.AnchorOf("1989-Q3");
        Assert.Equal("1988-Q3", TimexResolver.Resolve("UNDEF-REF-year-MINUS-1", new DateOnly(1989, 11, 2), Tense.None, quarter));
    }

    [Theory]
    [InlineData("2025", DatePrecision.Year)]
    [InlineData("2025-04", DatePrecision.Month)]
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
