using Sitrep.Storage.Queries;

namespace Sitrep.Storage.Tests;

public sealed class SearchTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    [Fact]
    public void Search_ranks_title_matches_first_and_marks_terms_in_the_snippet()
    {
        var hits = fixture.Store.Search("Russian", 10);
        Assert.Equal("sumy", hits[0].Doc);
        Assert.Equal(["sanctions", "witkoff"], hits.Skip(1).Select(h => h.Doc).Order());
        Assert.True(hits[0].Rank < hits[1].Rank && hits[1].Rank <= hits[2].Rank);
        Assert.Equal("2025-04-14", hits[0].Date);
        Assert.All(hits, h => Assert.Contains(SearchHit.HighlightStart + "Russian" + SearchHit.HighlightEnd, h.Snippet, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_supports_fts_syntax_and_limits_results()
    {
        Assert.Equal(["witkoff"], fixture.Store.Search("kremlin AND ceasefire", 10).Select(h => h.Doc));
        Assert.Equal(["tbilisi"], fixture.Store.Search("demonstr*", 10).Select(h => h.Doc));
        Assert.Single(fixture.Store.Search("Russian", 1));
        Assert.Empty(fixture.Store.Search("Russian", 0));
    }

    [Fact]
    public void Search_folds_case_and_diacritics()
    {
        Assert.Equal(["tbilisi"], fixture.Store.Search("TBÍLISI", 10).Select(h => h.Doc));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("AND OR")]
    [InlineData("Sumy)")]
    [InlineData("missile-strike")]
    [InlineData("nosuchcolumn: Sumy")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    public void Search_treats_invalid_fts_syntax_as_plain_words_instead_of_failing(string query)
    {
        var hits = fixture.Store.Search(query, 10);
        Assert.NotNull(hits);
    }

    [Fact]
    public void Invalid_syntax_still_finds_the_words()
    {
        Assert.Equal(["sumy"], fixture.Store.Search("\"deliberate attack", 10).Select(h => h.Doc));
        Assert.Equal(["sumy"], fixture.Store.Search("missile-strike", 10).Select(h => h.Doc));
    }

    [Fact]
    public void Blank_queries_return_nothing()
    {
        Assert.Empty(fixture.Store.Search("   ", 10));
    }
}
