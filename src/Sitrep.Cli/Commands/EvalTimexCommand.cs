using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Model;
using Sitrep.Core.Resources;
using Sitrep.Extract.Dates;
using Sitrep.Extract.Dates.Evaluation;
using Sitrep.Extract.Dates.Resources;
using Sitrep.Text.Lexicons;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval timex GOLD_DIR</c>: TempEval-3 Task A scores of the date tagger (or of another system's .tml output
/// with <c>--system</c>) against TimeML gold files.
/// </summary>
public static class EvalTimexCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Argument<string>("GOLD_DIR") { Description = "Folder of gold TimeML .tml files." };
        var system = new Option<string?>("--system") { Description = "Score the .tml files of this folder (same names) instead of running the tagger." };
        var errors = new Option<bool>("--errors") { Description = "List misses, spurious tags, wrong values and extents." };
        var writeTml = new Option<string?>("--write-tml") { Description = "Write the tagged .tml files to this folder." };
        var rules = new Option<string?>("--resources") { Description = "Load date resources from this folder (resources/en/dates) instead of the built-in ones." };
        var command = new Command("timex", "TempEval-3 Task A scores (extent, type, value) of the date tagger on TimeML gold. "
            + "Values compare exactly, except that an unpadded ISO week in the gold (AQUAINT's 2000-W7) equals its padded TIMEX3 "
            + "spelling (2000-W07); different granularities (1968-XX vs 1968) or values never match.");
        command.Arguments.Add(gold);
        command.Options.Add(system);
        command.Options.Add(errors);
        command.Options.Add(writeTml);
        command.Options.Add(rules);
        command.SetAction(parse => context.Guard(() =>
        {
            var goldDir = parse.GetValue(gold)!;
            if (!Directory.Exists(goldDir))
            {
                throw new UsageException($"gold folder '{goldDir}' does not exist.");
            }

            var docs = Read(() => TimeMlReader.ReadDirectory(goldDir));
            if (docs.Count == 0)
            {
                throw new UsageException($"no .tml files in '{goldDir}'.");
            }

            var systemDir = parse.GetValue(system);
            var resourceDir = parse.GetValue(rules);
            TimexEvaluator? evaluator = null;
            if (systemDir is null)
            {
                DateResources resources;
                try
                {
                    resources = resourceDir is null ? DateResources.LoadDefault() : DateResources.LoadFrom(resourceDir);
                }
                catch (ResourceFileException e)
                {
                    throw new UsageException(e.Message);
                }

                evaluator = new TimexEvaluator(TextResources.LoadDefault(), new TimexTagger(resources));
            }

            var outDir = parse.GetValue(writeTml);
            if (outDir is not null)
            {
                Directory.CreateDirectory(outDir);
            }

            var scorer = new TimexScorer();
            foreach (var doc in docs)
            {
                var tagged = evaluator is not null
                    ? evaluator.Tag(doc)
                    : Read(() => TimeMlReader.Read(Path.Combine(systemDir!, Path.GetFileName(doc.File)))).Timexes;
                scorer.Add(doc, tagged);
                if (outDir is not null)
                {
                    using var w = new StreamWriter(Path.Combine(outDir, Path.GetFileName(doc.File)));
                    TimeMlWriter.Write(w, doc, tagged);
                }
            }

            var o = context.Terminal.OutWriter;
            if (parse.GetValue(errors))
            {
                foreach (var e in scorer.Errors)
                {
                    o.WriteLine(string.Join('\t', e.DocumentId, e.Kind, Describe(e.Gold, e.GoldText), Describe(e.System, e.SystemText), e.Context));
                }

                o.WriteLine();
            }

            Report(o, scorer.Score);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (TimeMlException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static string Describe(TimeExpression? t, string text) =>
        t is null ? "-" : $"\"{text}\" {t.Type} {t.Value}{(t.Mod is null ? "" : " " + t.Mod)}";

    private static void Report(TextWriter o, TimexScore s)
    {
        string F(double v) => v.ToString("F4", CultureInfo.InvariantCulture);
        o.WriteLine($"documents {s.Documents}  gold {s.Gold}  system {s.System}  strict matches {s.StrictMatches}  relaxed matches {s.RelaxedMatches}");
        o.WriteLine($"strict   P {F(s.StrictPrecision)}  R {F(s.StrictRecall)}  F1 {F(s.StrictF1)}");
        o.WriteLine($"relaxed  P {F(s.RelaxedPrecision)}  R {F(s.RelaxedRecall)}  F1 {F(s.RelaxedF1)}");
        o.WriteLine($"type     accuracy {F(s.TypeAccuracy)}  F1 {F(s.TypeF1)}");
        o.WriteLine($"value    accuracy {F(s.ValueAccuracy)}  F1 {F(s.ValueF1)}");
    }
}
