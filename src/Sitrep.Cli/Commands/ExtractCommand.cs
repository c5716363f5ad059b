using System.CommandLine;
using System.Text.Json;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Contract;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep extract</c>: one extraction record per article (EXTRACT.md), in input order, on all cores.</summary>
public static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl: one EXTRACT.md record per line; pretty: a readable summary per article.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "pretty");
        var output = new Option<string?>("--output", "-o") { Description = "Write records to this file instead of standard output." };
        var includeText = new Option<bool>("--include-text") { Description = "Put the (normalized) article text in each record." };
        var includeSentences = new Option<bool>("--include-sentences") { Description = "Put the sentence spans in each record." };
        var command = new Command("extract", "Extract events, quotes, dates and entities from articles; write JSON Lines records.");
        inputs.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(includeText);
        command.Options.Add(includeSentences);
        command.SetAction((parse, ct) => Task.FromResult(context.Guard(() =>
        {
            var reader = inputs.Resolve(parse, context.StandardInput);
            var threads = inputs.ResolveThreads(parse);
            var recordOptions = new ExtractRecordOptions { IncludeText = parse.GetValue(includeText), IncludeSentences = parse.GetValue(includeSentences) };
            var pretty = parse.GetValue(format) == "pretty";
            var outPath = parse.GetValue(output);
            using var rejects = new RejectReporter(context.Terminal, parse.GetValue(inputs.Rejects)!);
            using var stream = outPath is null ? context.OpenStandardOutput() : File.Create(outPath);
            using var json = new Utf8JsonWriter(stream, ExtractRecordWriter.JsonLinesOptions);
            var engine = context.CreateEngine();
            var results = engine.Run(context.Read(parse.GetValue(inputs.Inputs)!, reader, ct), threads, null, ct);
            var progress = new RunProgress(context.Terminal, "extract", parse.GetValue(inputs.Quiet) || (outPath is null && !pretty && context.Terminal.ErrorIsInteractive && context.OutputIsTerminal));
            progress.Run(null, report =>
            {
                foreach (var outcome in results)
                {
                    if (!rejects.Handle(outcome, report))
                    {
                        continue;
                    }

                    var doc = outcome.Document!;
                    if (pretty)
                    {
                        PrettyRecord.Write(context.Terminal.Out, doc);
                    }
                    else
                    {
                        ExtractRecordWriter.Write(json, doc, recordOptions);
                        json.Flush();
                        json.Reset();
                        stream.WriteByte((byte)'\n');
                    }

                    report(doc.Text.Length, true);
                }

                return 0;
            });
            stream.Flush();
            rejects.Summarize();
            return rejects.Rejected > 0 ? ExitCodes.Rejected : ExitCodes.Ok;
        })));
        return command;
    }
}
