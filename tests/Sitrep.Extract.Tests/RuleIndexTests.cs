using Sitrep.Core.Model;
using Sitrep.Extract.Casualties;
using Sitrep.Extract.Codes;
using Sitrep.Extract.Events;
using Sitrep.Extract.Quotes;
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
    public void TheQuoteAndCasualtyLexiconsUseTheSameDuplicateCheck()
    {
        // one table replaced by a bad one, every other table the shipped one
        Func<string, TextReader> Replace(string file, string text) =>
            path => path == file ? new StringReader(text) : RuleTable.OpenEmbedded(path);

        var verb = Assert.Throws<ExtractResourceException>(() => QuoteLexicon.Load(
            Replace("quotes/speech-verbs.tsv", "form\treported\texample\nsaid\tyes\tx\nsaid\tno\ty\n")));
        Assert.Equal(("SITREP-X003", 3), (verb.Code, verb.Line));
        Assert.Equal("SITREP-X004", Assert.Throws<ExtractResourceException>(() => QuoteLexicon.Load(
            Replace("quotes/speech-verbs.tsv", "form\treported\texample\nsaid\tmaybe\tx\n"))).Code);
        Assert.Equal("SITREP-X003", Assert.Throws<ExtractResourceException>(() => QuoteLexicon.Load(
            Replace("quotes/event-anaphors.tsv", "noun\ttype\texample\nstrike\tASSAULT\tx\nstrike\tASSAULT\ty\n"))).Code);

        Assert.Equal("SITREP-X003", Assert.Throws<ExtractResourceException>(() => CasualtyLexicon.Load(
            Replace("casualties/numbers.tsv", "word\tvalue\tkind\texample\ntwo\t2\tunit\tx\ntwo\t2\tunit\ty\n"))).Code);
        Assert.Equal("SITREP-X005", Assert.Throws<ExtractResourceException>(() => CasualtyLexicon.Load(
            Replace("casualties/numbers.tsv", "word\tvalue\tkind\texample\ntwo\ttwo\tunit\tx\n"))).Code);

        // a vague word given twice used to keep its last row silently
        Assert.Equal("SITREP-X003", Assert.Throws<ExtractResourceException>(() => CasualtyLexicon.Load(
            Replace("casualties/vague.tsv", "word\tlow\thigh\texample\ndozens\t24\t-\tx\ndozens\t12\t-\ty\n"))).Code);
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
