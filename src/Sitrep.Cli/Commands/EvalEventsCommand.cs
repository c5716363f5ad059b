using System.CommandLine;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Articles;
using Sitrep.Extract.Evaluation;
using Sitrep.Geo.Geocoding;
using Sitrep.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval events GOLD ARTICLES [--errors]</c>: runs the full pipeline over the articles the gold annotates and
/// prints the ANNOTATION.md scoring (events overall and per type, attribute accuracies, quotes, speakers, timexes).
/// GOLD may be a .jsonl file, a single .gold.json, or several of either.
/// </summary>
public static class EvalEventsCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Argument<string[]>("gold") { Description = "Gold file(s): ANNOTATION.md JSON Lines or a .gold.json.", Arity = ArgumentArity.OneOrMore };
        var articles = new Option<string[]>("--articles", "-a")
        {
            Description = "Article files the gold refers to (JSON Lines or seed .txt).",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var errors = new Option<bool>("--errors") { Description = "Also print a readable diff: misses, extras and wrong attributes." };
        var command = new Command("events", "Score events, quotes and dates against gold annotations (ANNOTATION.md).");
        command.Arguments.Add(gold);
        command.Options.Add(articles);
        command.Options.Add(errors);
        command.SetAction((parse, ct) => Task.FromResult(context.Guard(() =>
        {
            var goldPaths = parse.GetValue(gold)!.ToList();
            var articlePaths = parse.GetValue(articles)?.ToList() ?? [];
            if (articlePaths.Count == 0 && goldPaths.Count == 2 && !goldPaths[1].Contains("gold", StringComparison.OrdinalIgnoreCase))
            {
                // the documented form: sitrep eval events GOLD ARTICLES
                articlePaths.Add(goldPaths[1]);
                goldPaths.RemoveAt(1);
            }

            if (articlePaths.Count == 0)
            {
                throw new UsageException("eval events needs the articles: sitrep eval events GOLD ARTICLES (or --articles FILE).");
            }

            var golds = goldPaths.SelectMany(GoldDocument.ReadAll).ToList();
            var byId = golds.GroupBy(g => g.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var engine = context.CreateEngine();
            var scorer = new EventScorer(PlaceIds(engine));
            var options = new ReaderOptions();
            var input = context.Read(articlePaths, options, ct).Where(r => r is ArticleRead a && a.Article.Id is { } id && byId.ContainsKey(id)
                || r is ArticleRead { Article.Id: null });
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var outcome in engine.Run(input, Environment.ProcessorCount, null, ct))
            {
                if (outcome.Document is not { } doc || !byId.TryGetValue(doc.Id, out var list) || !seen.Add(doc.Id))
                {
                    continue;
                }

                foreach (var g in list)
                {
                    scorer.Add(g, doc);
                }
            }

            var missing = byId.Keys.Where(k => !seen.Contains(k)).ToList();
            scorer.Report.Write(context.Terminal.OutWriter, parse.GetValue(errors));
            if (missing.Count > 0)
            {
                context.Terminal.ErrWriter.WriteLine($"warning: {missing.Count} gold documents not found in the articles: {string.Join(", ", missing.Take(5))}");
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    /// <summary>
    /// Gold place names resolve through the gazetteer of the engine's places stage (null when the pipeline has none: it
    /// has said why, and places compare by name only).
    /// </summary>
    private static Func<string, IReadOnlyList<string>>? PlaceIds(ExtractionEngine engine)
    {
        if (engine.Pipeline.Stages.OfType<PlaceStage>().FirstOrDefault() is not { } places)
        {
            return null;
        }

        var lookup = places.Geocoder.Lookup;
        var cache = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        return name => cache.TryGetValue(name, out var ids) ? ids : cache[name] = lookup.IdsOf(name);
    }
}
