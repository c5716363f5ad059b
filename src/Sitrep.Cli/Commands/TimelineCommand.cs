using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Contract;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep timeline</c>: stored events by day (coarser dates such as a month sort before its days).</summary>
public static class TimelineCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOptionsCli.CreateDbOption();
        var filters = new EventFilterOptions();
        var command = new Command("timeline", "Show stored events day by day, with the articles each day.");
        command.Options.Add(db);
        filters.AddTo(command);
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = StoreAccess.OpenForQuery(parse.GetValue(db)!);
            Render(context.Terminal.Out, store, filters.Resolve(parse, int.MaxValue));
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static void Render(IAnsiConsole console, IStore store, EventFilter filter)
    {
        var events = store.Events(filter with { Limit = int.MaxValue, Offset = 0 });
        var articles = store.ArticlesByDate(filter.Since, filter.Until);
        var days = events.Select(e => e.DateKey).Concat(articles.Select(a => a.Date)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var eventsByDay = events.ToLookup(e => e.DateKey, StringComparer.Ordinal);
        var articlesByDay = articles.ToLookup(a => a.Date, StringComparer.Ordinal);
        var tree = new Tree($"[bold]Timeline[/] ({events.Count.ToString(CultureInfo.InvariantCulture)} events, {articles.Count.ToString(CultureInfo.InvariantCulture)} articles)");
        foreach (var day in days)
        {
            var dayEvents = eventsByDay[day].ToList();
            var node = tree.AddNode(dayEvents.Count == 0 ? $"[bold]{day}[/]" : $"[bold]{day}[/] [grey]{dayEvents.Count} events[/]");
            foreach (var e in dayEvents)
            {
                node.AddNode(Describe(e));
            }

            foreach (var a in articlesByDay[day])
            {
                node.AddNode($"[grey]article[/] {Markup.Escape(a.Doc)}: {Markup.Escape(a.Title ?? "(untitled)")}");
            }
        }

        console.Write(tree);
    }

    private static string Describe(StoredEvent e)
    {
        var who = string.Join(", ", e.Actors.Select(a => a.Name));
        var whom = string.Join(", ", e.Recipients.Select(a => a.Name));
        var text = $"[yellow]{e.Type}[/]{(e.Mode is null ? "" : "/" + Markup.Escape(e.Mode))} [grey]{ContractNames.Status(e.Status)}[/] ";
        text += Markup.Escape(who.Length > 0 ? who : "?");
        if (whom.Length > 0)
        {
            text += " → " + Markup.Escape(whom);
        }

        if (e.Location is { } l)
        {
            text += " @ " + Markup.Escape(l.Name);
        }

        if (e.KilledLow is not null || e.KilledHigh is not null)
        {
            text += $" [red]killed {e.KilledLow?.ToString(CultureInfo.InvariantCulture) ?? "?"}{(e.KilledHigh is null ? "+" : "")}[/]";
        }

        return text + $" [grey]({Markup.Escape(e.Id)}: “{Markup.Escape(e.TriggerText)}”)[/]";
    }
}
