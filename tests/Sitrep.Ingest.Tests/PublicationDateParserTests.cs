using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Tests;

public sealed class PublicationDateParserTests
{
    [Theory]
    [InlineData("2025-04-17", "2025-04-17")]
    [InlineData("  2025-04-17 ", "2025-04-17")]
    [InlineData("2025-04-17T14:30:00Z", "2025-04-17T14:30:00Z")]
    [InlineData("2025-04-17T14:30:00+02:00", "2025-04-17T14:30:00+02:00")]
    [InlineData("2025-04-17T23:30:00-05:00", "2025-04-17T23:30:00-05:00")]
    [InlineData("2025-04-17T14:30:00.123+0530", "2025-04-17T14:30:00+05:30")]
    [InlineData("2025-04-17 14:30", "2025-04-17T14:30:00")]
    [InlineData("2025/04/17", "2025-04-17")]
    [InlineData("Thu, 17 Apr 2025 14:30:00 +0200", "2025-04-17T14:30:00+02:00")]
    [InlineData("Thu, 17 Apr 2025 14:30:00 GMT", "2025-04-17T14:30:00Z")]
    [InlineData("17 Apr 2025 09:05:00 EST", "2025-04-17T09:05:00-05:00")]
    [InlineData("Thu, 17 Apr 25 14:30 PDT", "2025-04-17T14:30:00-07:00")]
    [InlineData("Sat, 01 Jan 99 00:00:00 UT", "1999-01-01T00:00:00Z")]
    [InlineData("Thursday, 17 April 2025 14:30:00 CEST", "2025-04-17T14:30:00")]
    [InlineData("April 17, 2025", "2025-04-17")]
    [InlineData("Apr. 17, 2025", "2025-04-17")]
    [InlineData("Sept. 3, 2024", "2024-09-03")]
    [InlineData("17 April 2025", "2025-04-17")]
    [InlineData("April 17th, 2025 2:30 PM", "2025-04-17T14:30:00")]
    [InlineData("2024-02-29", "2024-02-29")]
    public void Parses_news_dates_keeping_the_stated_calendar_date_and_offset(string input, string expected)
    {
        Assert.True(PublicationDateParser.TryParse(input, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("2023-02-29")]
    [InlineData("31 April 2025")]
    [InlineData("2025-04-17T25:00:00Z")]
    [InlineData("2025-04-17 and then some")]
    [InlineData("Ma 17, 2025")]
    public void Rejects_impossible_or_unrecognised_dates(string input)
        => Assert.False(PublicationDateParser.TryParse(input, out _));
}
