using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Model;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep ingest</c>: extract articles and store them in the SQLite ledger. Idempotent (an article already
/// stored, by id or content hash, is skipped before extraction), one transaction per batch, and resumable: after a
/// crash or Ctrl-C, rerunning the same command stores only what is missing.
/// </summary>
public static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var db = StoreOptionsCli.CreateDbOption();
        var batchSize = new Option<int>("--batch-size") { Description = "Articles per transaction.", DefaultValueFactory = _ => 64 };
        var timeline = new Option<bool>("--timeline") { Description = "Print the ledger's timeline when the ingest is done." };
        var command = new Command("ingest", "Extract articles and store them, with every layer and its spans, in the ledger.");
        inputs.AddTo(command);
        command.Options.Add(db);
        command.Options.Add(batchSize);
        command.Options.Add(timeline);
        command.SetAction((parse, ct) => Task.FromResult(context.Guard(() =>
        {
            var reader = inputs.Resolve(parse, context.StandardInput);
            var threads = inputs.ResolveThreads(parse);
            var size = parse.GetValue(batchSize);
            if (size is < 1 or > 100_000)
            {
                throw new UsageException("SITREP-C004: --batch-size must be 1..100000.");
            }

            var path = parse.GetValue(db)!;
            var paths = parse.GetValue(inputs.Inputs)!;
            var totals = new IngestTotals();
            using var rejects = new RejectReporter(context.Terminal, parse.GetValue(inputs.Rejects)!);
            using (var store = SqliteStore.Open(path))
            using (var lookups = new ThreadLocal<SqliteStore>(() => SqliteStore.Open(path, new StoreOptions { ReadOnly = true }), trackAllValues: true))
            {
                var engine = context.CreateEngine();
                var stages = engine.Pipeline.Describe().ToList();
                var progress = new RunProgress(context.Terminal, "ingest", parse.GetValue(inputs.Quiet));
                var batch = new List<Document>(size);
                try
                {
                    progress.Run(InputSize.TotalBytes(paths), report =>
                    {
                        foreach (var outcome in engine.Run(context.Read(paths, reader, ct), threads, d => lookups.Value!.Contains(d.Id, d.ContentHash), ct))
                        {
                            if (!rejects.Handle(outcome, report))
                            {
                                continue;
                            }

                            report(outcome.TextLength, true);
                            if (outcome.Skipped)
                            {
                                totals.AlreadyStored++;
                                continue;
                            }

                            batch.Add(outcome.Document!);
                            if (batch.Count >= size)
                            {
                                totals.Add(store.AddBatch(batch, stages));
                                batch.Clear();
                            }
                        }

                        if (batch.Count > 0)
                        {
                            totals.Add(store.AddBatch(batch, stages));
                        }

                        return 0;
                    });
                }
                finally
                {
                    foreach (var lookup in lookups.Values)
                    {
                        lookup.Dispose();
                    }
                }

                context.Terminal.ErrWriter.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"ingest: {totals.Added:N0} stored, {totals.Duplicates + totals.AlreadyStored:N0} already stored or duplicate, {rejects.Rejected:N0} rejected, {totals.Events:N0} events; ledger {path} holds {store.ArticleCount:N0} articles"));
                if (parse.GetValue(timeline))
                {
                    TimelineCommand.Render(context.Terminal.Out, store, new EventFilterOptions().Empty());
                }
            }

            rejects.Summarize();
            return rejects.Rejected > 0 ? ExitCodes.Rejected : ExitCodes.Ok;
        })));
        return command;
    }

    private sealed class IngestTotals
    {
        public long Added { get; private set; }

        public long Duplicates { get; private set; }

        public long Events { get; private set; }

        public long AlreadyStored { get; set; }

        public void Add(IngestResult result)
        {
            Added += result.Added;
            Duplicates += result.Duplicates;
            Events += result.Events;
        }
    }
}
