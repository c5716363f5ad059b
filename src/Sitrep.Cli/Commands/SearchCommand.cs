using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Hosting;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep search TEXT</c>: full-text search over stored articles, best matches first.</summary>
public static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOptionsCli.CreateDbOption();
        var query = new Argument<string>("text") { Description = "Words or an FTS5 query (\"exact phrase\", a OR b, pref*)." };
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many articles.", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Full-text search over the stored articles.");
        command.Arguments.Add(query);
        command.Options.Add(db);
        command.Options.Add(limit);
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = StoreAccess.OpenForQuery(parse.GetValue(db)!);
            var hits = store.Search(parse.GetValue(query)!, Math.Max(1, parse.GetValue(limit)));
            if (hits.Count == 0)
            {
                context.Terminal.Out.MarkupLine("[grey]no articles match[/]");
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("doc").AddColumn("date").AddColumn("title").AddColumn("snippet").AddColumn("rank");
            foreach (var h in hits)
            {
                var snippet = Markup.Escape(h.Snippet).Replace(SearchHit.HighlightStart, "[bold yellow]", StringComparison.Ordinal).Replace(SearchHit.HighlightEnd, "[/]", StringComparison.Ordinal);
                table.AddRow(Markup.Escape(h.Doc), h.Date, Markup.Escape(h.Title ?? ""), snippet, h.Rank.ToString("F2", CultureInfo.InvariantCulture));
            }

            context.Terminal.Out.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
