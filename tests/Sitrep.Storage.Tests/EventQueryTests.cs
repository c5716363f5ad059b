using Sitrep.Core.Model;
using Sitrep.Storage.Queries;

namespace Sitrep.Storage.Tests;

public sealed class EventQueryTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private string[] Ids(EventFilter f) => fixture.Store.Events(f).Select(e => e.Id).ToArray();

    [Fact]
    public void Events_are_ordered_by_date_key_then_document_then_position()
    {
        Assert.Equal(["tbilisi#0", "sumy#0", "sumy#1", "witkoff#0", "sanctions#0"], Ids(new EventFilter()));
    }

    [Fact]
    public void An_event_without_a_date_sorts_at_its_article_date()
    {
        var accuse = fixture.Store.Events(new EventFilter { Type = PloverType.ACCUSE }).Single();
        Assert.Equal("2025-04-14", accuse.DateKey);
        Assert.Null(accuse.DateValue);
    }

    [Fact]
    public void Type_and_status_filters_match_exactly()
    {
        Assert.Equal(["sumy#0"], Ids(new EventFilter { Type = PloverType.ASSAULT }));
        Assert.Equal(["witkoff#0"], Ids(new EventFilter { Status = EventStatus.Planned }));
        Assert.Equal(["sumy#0", "sanctions#0"], Ids(new EventFilter { Status = EventStatus.Occurred }));
        Assert.Empty(Ids(new EventFilter { Type = PloverType.ASSAULT, Status = EventStatus.Planned }));
    }

    [Fact]
    public void Since_and_until_are_inclusive_and_a_month_date_matches_ranges_overlapping_the_month()
    {
        Assert.Equal(["sumy#0", "sumy#1", "witkoff#0", "sanctions#0"],
            Ids(new EventFilter { Since = new DateOnly(2025, 4, 13) }));
        Assert.Equal(["tbilisi#0", "sumy#0", "sumy#1"], Ids(new EventFilter { Until = new DateOnly(2025, 4, 14) }));
        Assert.Equal(["tbilisi#0"], Ids(new EventFilter { Since = new DateOnly(2025, 3, 20), Until = new DateOnly(2025, 3, 21) }));
        Assert.Equal(["witkoff#0"], Ids(new EventFilter { Since = new DateOnly(2025, 4, 18), Until = new DateOnly(2025, 4, 18) }));
    }

    [Theory]
    [InlineData("russia", "sumy#0")]
    [InlineData("RUSSIAN", "sumy#0")]
    [InlineData("witkoff", "witkoff#0")]
    [InlineData("european", "sanctions#0")]
    [InlineData("protest", "tbilisi#0")]
    public void Actor_matches_a_case_insensitive_substring_of_actor_text_or_canonical_name(string actor, string expected)
    {
        Assert.Equal([expected], Ids(new EventFilter { Actor = actor }));
    }

    [Fact]
    public void Actor_does_not_match_recipients()
    {
        Assert.Empty(Ids(new EventFilter { Actor = "Putin" }));
    }

    [Fact]
    public void Place_matches_the_location_name_ignoring_case()
    {
        Assert.Equal(["sumy#0"], Ids(new EventFilter { Place = "sumy" }));
        Assert.Equal(["witkoff#0"], Ids(new EventFilter { Place = "Saint Petersburg" }));
        Assert.Empty(Ids(new EventFilter { Place = "St" }));
    }

    [Fact]
    public void Country_matches_the_location_or_any_participant()
    {
        Assert.Equal(["sumy#0", "sumy#1", "witkoff#0", "sanctions#0"], Ids(new EventFilter { Country = "rus" }));
        Assert.Equal(["tbilisi#0"], Ids(new EventFilter { Country = "GEO" }));
        Assert.Equal(["witkoff#0"], Ids(new EventFilter { Country = "USA" }));
    }

    [Fact]
    public void Text_restricts_events_to_articles_matching_the_full_text_query()
    {
        Assert.Equal(["witkoff#0"], Ids(new EventFilter { Text = "ceasefire" }));
        Assert.Equal(["sumy#0", "sumy#1", "sanctions#0"], Ids(new EventFilter { Text = "civilians OR Hungary" }));
        Assert.Equal(["tbilisi#0"], Ids(new EventFilter { Text = "\"water cannon" }));
    }

    [Fact]
    public void Limit_and_offset_page_through_the_ordered_list()
    {
        Assert.Equal(["sumy#0", "sumy#1"], Ids(new EventFilter { Limit = 2, Offset = 1 }));
        Assert.Empty(Ids(new EventFilter { Limit = 0 }));
        var ex = Assert.Throws<StoreException>(() => fixture.Store.Events(new EventFilter { Limit = -1 }));
        Assert.Equal(StoreErrorCodes.InvalidArgument, ex.Code);
    }

    [Fact]
    public void Listed_events_carry_their_arguments_location_and_casualties()
    {
        var e = fixture.Store.Events(new EventFilter { Type = PloverType.ASSAULT }).Single();
        Assert.Equal("sumy", e.Doc);
        Assert.Equal(EventStatus.Occurred, e.Status);
        Assert.Equal("missile", e.Mode);
        Assert.Equal("missile strike", e.TriggerText);
        Assert.Equal("2025-04-14", e.ArticleDate);
        Assert.Equal(["Russia"], e.Actors.Select(a => a.Name));
        Assert.Equal(["Ukraine"], e.Recipients.Select(a => a.Name));
        Assert.Equal("Sumy", e.Location!.Name);
        Assert.Equal(50.91, e.Location.Lat);
        Assert.Equal((35, (int?)null, 117, 117), (e.KilledLow!.Value, e.KilledHigh, e.InjuredLow!.Value, e.InjuredHigh!.Value));
        Assert.Equal("195", e.Cameo);
        Assert.Equal("events@1", e.Stage);
        Assert.Equal("assault.missile-strike", e.Rule);
        Assert.Equal(0.87, e.Confidence);
    }

    [Fact]
    public void Timeline_groups_events_by_date_key_with_counts_per_type()
    {
        var days = fixture.Store.Timeline(new EventFilter { Limit = 1 });
        Assert.Equal(["2025-03", "2025-04-13", "2025-04-14", "2025-04-18", "2025-04-20"], days.Select(d => d.Day));
        Assert.Equal([new KeyCount("ASSAULT", 1)], days[1].ByType);
        Assert.Equal(5, days.Sum(d => d.Total));
        var russia = fixture.Store.Timeline(new EventFilter { Country = "RUS", Since = new DateOnly(2025, 4, 14) });
        Assert.Equal(["2025-04-14", "2025-04-18", "2025-04-20"], russia.Select(d => d.Day));
    }

    [Fact]
    public void GetEvent_returns_the_article_and_every_supporting_span_with_its_text()
    {
        var detail = fixture.Store.GetEvent("sumy#0")!;
        Assert.Equal("Russian missile strike on Sumy kills at least 35", detail.Article.Title);
        Assert.Equal(NewsFixtures.SumyText, detail.Article.Text);
        Assert.Equal(
            ["evidence", "evidence", "trigger", "date", "location", "killed", "injured"],
            detail.Spans.Select(s => s.Kind));
        Assert.Equal(["missile strike", "Sunday", "Sumy", "at least 35", "117"], detail.Spans.Skip(2).Select(s => s.Text));
        Assert.StartsWith("Moscow said", detail.Evidence.Last().Text, StringComparison.Ordinal);
        foreach (var s in detail.Spans)
        {
            Assert.Equal(s.Text, s.Span.Of(detail.Article.Text));
        }

        var trigger = detail.Spans.Single(s => s.Kind == "trigger").Span;
        Assert.Contains(detail.Evidence, ev => ev.Span.Contains(trigger));
        Assert.Null(fixture.Store.GetEvent("nope#0"));
    }
}
