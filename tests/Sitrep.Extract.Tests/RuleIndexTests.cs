using Sitrep.Core.Model;
using Sitrep.Extract.Codes;
using Sitrep.Extract.Events;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Tests;

/// <summary>The shared keyed rule-table loader and the small tables built on it: look-ups, and the errors bad rows raise.</summary>
public sealed class RuleIndexTests
{
    private static Func<string, TextReader> Files(string text) => _ => new StringReader(text);

    [Fact]
    public void MapsEveryRowKeyToItsValueAndKeepsTheRowsInOrder()
    {
        var index = RuleIndex<string, int>.Load(
            Files("# comment\nword\tn\texample\nb\t2\tx\na\t1\ty\n"), "t.tsv", ["word", "n", "example"], r => r[0], r => int.Parse(r[1]));

        Assert.Equal(2, index.Count);
        Assert.Equal(1, index["a"]);
        Assert.True(index.TryGetValue("b", out var b));
        Assert.Equal(2, b);
        Assert.False(index.ContainsKey("c"));
        Assert.Equal(["b", "a"], index.Rows.Select(r => r[0]));
        Assert.Equal(4, index.Rows[1].Line);
    }

    [Fact]
    public void ADuplicateKeyIsX003WithItsFileAndLine()
    {
        var e = Assert.Throws<ExtractResourceException>(() => RuleIndex<string, bool>.Load(
            Files("word\texample\nwar\tx\npeace\ty\nwar\tz\n"), "events/t.tsv", ["word", "example"], r => r[0], _ => true));

        Assert.Equal("SITREP-X003", e.Code);
        Assert.Equal("resources/en/events/t.tsv", e.File);
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void AWrongHeaderIsX001()
    {
        var e = Assert.Throws<ExtractResourceException>(() => RuleIndex<string, bool>.Load(
            Files("term\texample\nwar\tx\n"), "t.tsv", ["word", "example"], r => r[0], _ => true));

        Assert.Equal("SITREP-X001", e.Code);
    }

    [Fact]
    public void TheTablesBuiltOnItKeepTheirOwnChecks()
    {
        Assert.Equal("SITREP-X005", Assert.Throws<ExtractResourceException>(
            () => ArgumentWords.Load(Files("word\texample\nVisit\tx\n"), "events/t.tsv")).Code);
        Assert.Equal("SITREP-X004", Assert.Throws<ExtractResourceException>(
            () => EventTypeSet.Load(Files("type\texample\nBOMB\tx\n"), "events/t.tsv")).Code);
        Assert.Equal("SITREP-X003", Assert.Throws<ExtractResourceException>(
            () => ObliqueRoles.Load(Files("type\tpreposition\trole\texample\nASSAULT\ton\trecipient\tx\nassault\ton\tactor\ty\n"))).Code);
        Assert.Equal("SITREP-X005", Assert.Throws<ExtractResourceException>(
            () => EventCodeTable.Load(Files("type\tmode\tcameo\tacled\texample\nASSAULT\t*\t190\t-\tx\n"))).Code);
    }

    [Fact]
    public void TheShippedTablesLoadAndAnswer()
    {
        var codes = EventCodeTable.LoadDefault();
        Assert.Equal(codes.For(PloverType.ASSAULT, null), codes.For(PloverType.ASSAULT, "no-such-mode"));
        Assert.Contains(TestDocs.TravelWords.Rows, r => TestDocs.TravelWords.Contains(r[0]));
        Assert.All(TestDocs.StandingActs.Rows, r => Assert.True(TestDocs.StandingActs.Contains(RuleTable.ParseEnum<PloverType>(r, 0))));
    }

    [Fact]
    public void TheArgumentReadersTakeTheirTablesFromTheLexiconsSource()
    {
        // a custom resource source reaches every table the readers use, not only the lexicon's own
        TextReader Open(string path) => path == ArgumentWords.TravelWordsFile
            ? new StringReader("word\texample\nsailed\tThe envoy sailed to Malta.\n")
            : RuleTable.OpenEmbedded(path);
        var lexicon = EventLexicon.Load(Open);

        var places = new PlaceReader(lexicon, TestDocs.Quotes);
        Assert.True(places.TravelWords.Contains("sailed"));
        Assert.False(places.TravelWords.Contains("travelled"));
        Assert.Same(lexicon.ObliqueRoles, new ParticipantReader(lexicon, TestDocs.Quotes).Roles);
        Assert.Same(lexicon.ClaimedActs, new StatusReader(lexicon, TestDocs.Quotes).Claimable);
    }
}
