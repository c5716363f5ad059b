using System.Text.Json;
using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Storage.Sqlite;
using Sitrep.Testing;

namespace Sitrep.Cli.Tests;

/// <summary>The query commands over a ledger holding hand-made events (the event extractors are not part of this test).</summary>
public sealed class QueryCommandTests : IDisposable
{
    private const string SumyText = "A Russian missile strike killed at least 35 people and injured 117 in the Ukrainian city of Sumy on Sunday. "
        + "Officials in Kyiv condemned the attack.";

    private const string ParisText = "US envoy Steve Witkoff will meet European counterparts in Paris on Thursday.";

    private readonly TempDir _dir = new();

    public QueryCommandTests()
    {
        Db = _dir.File("ledger.db");
        using var store = SqliteStore.Open(Db);
        store.AddBatch([Sumy(), Paris()], ["test@1"]);
    }

    private string Db { get; }

    [Fact]
    public void Events_filters_by_type_country_and_dates()
    {
        var all = CliRun.Invoke("events", "--db", Db, "--format", "csv");
        Assert.Equal(0, all.ExitCode);
        Assert.Equal(3, all.Lines.Length); // header + 2 events
        var assaults = CliRun.Invoke("events", "--db", Db, "--type", "assault", "--country", "ukr", "--format", "csv");
        Assert.Equal(2, assaults.Lines.Length);
        Assert.StartsWith("sumy#1,sumy,2025-04-13,ASSAULT,missile,occurred,Russia,,Sumy,UKR", assaults.Lines[1], StringComparison.Ordinal);
        var planned = CliRun.Invoke("events", "--db", Db, "--status", "planned", "--since", "2025-04-17", "--format", "jsonl");
        var record = JsonDocument.Parse(Assert.Single(planned.Lines)).RootElement;
        Assert.Equal("paris#1", record.GetProperty("id").GetString());
        Assert.Equal("Steve Witkoff", record.GetProperty("actors")[0].GetProperty("canonical").GetString());
        Assert.Contains("no events match", CliRun.Invoke("events", "--db", Db, "--actor", "nobody").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_rejects_unknown_types_and_bad_dates()
    {
        Assert.Equal(1, CliRun.Invoke("events", "--db", Db, "--type", "PICNIC").ExitCode);
        Assert.Equal(1, CliRun.Invoke("events", "--db", Db, "--since", "April").ExitCode);
        Assert.Equal(1, CliRun.Invoke("events", "--db", _dir.File("missing.db")).ExitCode);
    }

    [Fact]
    public void A_file_that_is_not_a_ledger_is_a_coded_error_not_a_crash()
    {
        var junk = _dir.Write("junk.db", "this is not an SQLite database, just text that happens to end in .db\n");
        var run = CliRun.Invoke("stats", "--db", junk);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: SITREP-S001", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_the_evidence_sentence_and_the_event_fields()
    {
        var run = CliRun.Invoke("show", "sumy#1", "--db", Db);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("killed at least 35 people", run.Output, StringComparison.Ordinal);
        Assert.Contains("Sumy, UKR (city)", run.Output, StringComparison.Ordinal);
        Assert.Contains("35..", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_lists_events_under_their_day()
    {
        var run = CliRun.Invoke("timeline", "--db", Db);
        Assert.Equal(0, run.ExitCode);
        var sunday = run.Output.IndexOf("2025-04-13", StringComparison.Ordinal);
        var thursday = run.Output.IndexOf("2025-04-17", StringComparison.Ordinal);
        Assert.InRange(sunday, 0, thursday);
        Assert.Contains("ASSAULT/missile occurred Russia @ Sumy killed 35+", run.Output, StringComparison.Ordinal);
        Assert.Contains("CONSULT planned Steve Witkoff", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_and_stats_report_what_the_ledger_holds()
    {
        var search = CliRun.Invoke("search", "missile", "--db", Db);
        Assert.Contains("sumy", search.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("paris", search.Output, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Invoke("search", "\"unbalanced", "--db", Db).ExitCode);
        var stats = CliRun.Invoke("stats", "--db", Db);
        Assert.Matches(@"articles\s+2", stats.Output);
        Assert.Matches(@"events\s+2", stats.Output);
    }

    public void Dispose() => _dir.Dispose();

    private static TextSpan Find(string text, string surface) => new(text.IndexOf(surface, StringComparison.Ordinal), text.IndexOf(surface, StringComparison.Ordinal) + surface.Length);

    private static Document Sumy()
    {
        var doc = new Document("sumy", SumyText, new PublicationDate(new DateOnly(2025, 4, 14)), new SourceRef("test"));
        var sentence = new TextSpan(0, SumyText.IndexOf(" Officials", StringComparison.Ordinal));
        doc.SetEvents([new Event("sumy#1", PloverType.ASSAULT, EventStatus.Occurred, Find(SumyText, "missile strike"))
        {
            Mode = "missile",
            Evidence = [sentence],
            Actors = [new EventParticipant("Russian", Find(SumyText, "Russian")) { Canonical = "Russia", Country = "RUS" }],
            Date = new EventDate("2025-04-13", "day", Find(SumyText, "Sunday")),
            Location = new EventLocation("Sumy", "UKR", 50.9216, 34.80029, "geonames:692194", "city", Find(SumyText, "Sumy")),
            Killed = new Casualties(35, null, Find(SumyText, "at least 35")),
            Injured = new Casualties(117, 117, Find(SumyText, "117")),
            Confidence = 0.9,
        }]);
        return doc;
    }

    private static Document Paris()
    {
        var doc = new Document("paris", ParisText, new PublicationDate(new DateOnly(2025, 4, 15)), new SourceRef("test"));
        doc.SetEvents([new Event("paris#1", PloverType.CONSULT, EventStatus.Planned, Find(ParisText, "meet"))
        {
            Evidence = [new TextSpan(0, ParisText.Length)],
            Actors = [new EventParticipant("Steve Witkoff", Find(ParisText, "Steve Witkoff")) { Canonical = "Steve Witkoff", Country = "USA" }],
            Date = new EventDate("2025-04-17", "day", Find(ParisText, "Thursday")),
            Location = new EventLocation("Paris", "FRA", 48.85341, 2.3488, "geonames:2988507", "city", Find(ParisText, "Paris")),
            Confidence = 0.8,
        }]);
        return doc;
    }
}
