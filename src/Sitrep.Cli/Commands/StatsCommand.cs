using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Hosting;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep stats</c>: what the ledger holds.</summary>
public static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOptionsCli.CreateDbOption();
        var command = new Command("stats", "Counts of articles, layers and events in the ledger.");
        command.Options.Add(db);
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = StoreAccess.OpenForQuery(parse.GetValue(db)!);
            var s = store.Stats();
            var grid = new Grid().AddColumn().AddColumn(new GridColumn().RightAligned());
            void Row(string name, long value) => grid.AddRow(name, value.ToString("N0", CultureInfo.InvariantCulture));
            Row("articles", s.Articles);
            grid.AddRow("dates", $"{s.FirstDate ?? "-"} … {s.LastDate ?? "-"}");
            Row("sentences", s.Sentences);
            Row("entities", s.Entities);
            Row("date expressions", s.Timexes);
            Row("quotes", s.Quotes);
            Row("events", s.Events);
            foreach (var t in s.EventsByType)
            {
                Row("  " + t.Key, t.Count);
            }

            foreach (var t in s.EventsByStatus)
            {
                Row("  " + t.Key, t.Count);
            }

            Row("schema version", s.SchemaVersion);
            Row("database bytes", s.DatabaseBytes + s.WalBytes);
            context.Terminal.Out.Write(grid);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
