using Microsoft.Data.Sqlite;
using Sitrep.Testing;

namespace Sitrep.Cli.Tests;

public sealed class IngestCommandTests
{
    [Fact]
    public void Ingesting_the_samples_twice_stores_each_article_once()
    {
        using var dir = new TempDir();
        var db = dir.File("ledger.db");
        var first = CliRun.Invoke("ingest", RepoPaths.InRepo("samples"), "--db", db, "--quiet");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("8 stored", first.Error, StringComparison.Ordinal);
        var second = CliRun.Invoke("ingest", RepoPaths.InRepo("samples"), "--db", db, "--quiet");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 stored", second.Error, StringComparison.Ordinal);
        Assert.Equal(8, Count(db));
    }

    [Fact]
    public void The_same_text_under_another_id_is_stored_once()
    {
        using var dir = new TempDir();
        var input = dir.File("dupes.jsonl");
        File.WriteAllLines(input,
        [
            """{"id": "one", "date": "2022-03-01", "text": "Talks were held in Istanbul on Tuesday."}""",
            """{"id": "two", "date": "2022-03-01", "text": "Talks were held in Istanbul on Tuesday."}""",
        ]);
        var db = dir.File("ledger.db");
        Assert.Equal(0, CliRun.Invoke("ingest", input, "--db", db, "--quiet").ExitCode);
        Assert.Equal(1, Count(db));
    }

    [Fact]
    public void Ingest_with_timeline_prints_the_days_of_the_ledger()
    {
        using var dir = new TempDir();
        var run = CliRun.Invoke("ingest", RepoPaths.InRepo("samples"), "--db", dir.File("l.db"), "--timeline", "--quiet");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2025-04-17", run.Output, StringComparison.Ordinal);
        Assert.Contains("2022-03-29", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_killed_ingest_resumes_without_duplicates_or_damage()
    {
        var dev = RepoPaths.RequireShared("corpora/news/dev.jsonl");
        using var dir = new TempDir();
        var db = dir.File("ledger.db");
        var lines = File.ReadAllLines(dev);

        // First run reads standard input, which the test feeds and never closes, so the child cannot finish on its own:
        // it is killed (SIGKILL) once some batches are committed, in the middle of its work.
        using (var child = SitrepProcess.Start(["ingest", "-", "--db", db, "--batch-size", "8", "--threads", "2", "--quiet", "--rejects", dir.File("r1.jsonl")]))
        {
            var fed = 0;
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (Count(db) < 200 && DateTime.UtcNow < deadline && fed < lines.Length)
            {
                child.StandardInput.WriteLine(lines[fed++]);
                if (fed % 50 == 0)
                {
                    child.StandardInput.Flush();
                }
            }

            child.StandardInput.Flush();
            Thread.Sleep(50);
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            var stored = Count(db);
            Assert.InRange(stored, 1, lines.Length - 1);
        }

        var rerun = CliRun.Invoke("ingest", dev, "--db", db, "--quiet", "--rejects", dir.File("r2.jsonl"));
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Equal(1993, Count(db));
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check"));
        Assert.Equal(0L, Convert.ToInt64(Scalar(db, "SELECT count(*) FROM (SELECT id FROM articles GROUP BY id HAVING count(*) > 1)"), System.Globalization.CultureInfo.InvariantCulture));
        var again = CliRun.Invoke("ingest", dev, "--db", db, "--quiet", "--rejects", dir.File("r3.jsonl"));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(1993, Count(db));
    }

    [Fact]
    public void Ctrl_c_stops_an_ingest_cleanly_and_the_rerun_completes_it()
    {
        using var dir = new TempDir();
        var db = dir.File("ledger.db");
        var lines = Enumerable.Range(0, 3000).Select(i =>
            $$"""{"id": "gen-{{i}}", "date": "2022-03-{{1 + (i % 28):00}}", "text": "Report {{i}}: officials in Kharkiv said shelling damaged {{i % 17}} buildings on Tuesday. Talks are expected next week."}""").ToArray();
        var input = dir.Write("generated.jsonl", string.Join('\n', lines) + "\n");
        using (var child = SitrepProcess.Start(["ingest", "-", "--db", db, "--batch-size", "8", "--quiet", "--rejects", dir.File("r1.jsonl")]))
        {
            var fed = 0;
            while (Count(db) < 100 && fed < lines.Length)
            {
                child.StandardInput.WriteLine(lines[fed++]);
                if (fed % 20 == 0)
                {
                    child.StandardInput.Flush();
                }
            }

            child.StandardInput.Flush();
            SitrepProcess.Interrupt(child);
            Assert.True(child.WaitForExit(TimeSpan.FromSeconds(30)), "the ingest did not stop after SIGINT");
            Assert.NotEqual(0, child.ExitCode);
            Assert.InRange(Count(db), 1, lines.Length - 1);
        }

        var rerun = CliRun.Invoke("ingest", input, "--db", db, "--quiet", "--rejects", dir.File("r2.jsonl"));
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Equal(lines.Length, Count(db));
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check"));
    }

    internal static long Count(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            return Convert.ToInt64(Scalar(db, "SELECT count(*) FROM articles"), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // schema not created yet
        }
    }

    private static object? Scalar(string db, string sql)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
