using System.CommandLine;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Contract;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep show EVENT_ID</c>: one event with its evidence sentences, the matched spans highlighted.</summary>
public static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOptionsCli.CreateDbOption();
        var id = new Argument<string>("event-id") { Description = "An event id such as doc#3 (from 'sitrep events')." };
        var command = new Command("show", "Show one event with its evidence sentences and highlighted spans.");
        command.Arguments.Add(id);
        command.Options.Add(db);
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = StoreAccess.OpenForQuery(parse.GetValue(db)!);
            var eventId = parse.GetValue(id)!;
            var detail = store.GetEvent(eventId) ?? throw new UsageException($"SITREP-C021: no event '{eventId}' in the ledger.");
            Render(context.Terminal.Out, detail);
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static void Render(IAnsiConsole console, EventDetail detail)
    {
        var e = detail.Event;
        var a = detail.Article;
        console.Write(new Rule($"[bold]{Markup.Escape(e.Id)}[/] {e.Type}{(e.Mode is null ? "" : "/" + Markup.Escape(e.Mode))} · {ContractNames.Status(e.Status)}").LeftJustified());
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("article", Markup.Escape($"{a.Doc} ({a.Date}) {a.Title}"));
        grid.AddRow("date", Markup.Escape(e.DateValue is null ? "(not stated)" : $"{e.DateValue} ({e.DatePrecision})"));
        grid.AddRow("actors", Markup.Escape(string.Join(", ", e.Actors.Select(x => x.Name))));
        grid.AddRow("recipients", Markup.Escape(string.Join(", ", e.Recipients.Select(x => x.Name))));
        grid.AddRow("location", Markup.Escape(e.Location is { } l ? $"{l.Name}, {l.Country} ({l.Precision})" : "(not stated)"));
        grid.AddRow("killed / injured", Markup.Escape($"{e.KilledLow}..{e.KilledHigh} / {e.InjuredLow}..{e.InjuredHigh}"));
        grid.AddRow("codes", Markup.Escape($"CAMEO {e.Cameo} · ACLED {e.Acled} · confidence {e.Confidence:F2}"));
        console.Write(grid);
        var marks = detail.Spans.Where(s => s.Kind != "evidence").ToList();
        foreach (var evidence in detail.Evidence)
        {
            console.Write(new Panel(Highlight(a.Text, evidence.Span.Start, evidence.Span.End, marks)).Header("evidence").Border(BoxBorder.Rounded));
        }

        if (marks.Count > 0)
        {
            console.MarkupLine(string.Join("  ", marks.Select(m => $"[{Colour(m.Kind)}]{m.Kind}[/]")));
        }
    }

    /// <summary>Markup of text[start, end) with every mark inside it coloured by kind (outer marks win on overlap).</summary>
    private static string Highlight(string text, int start, int end, IReadOnlyList<StoredSpan> marks)
    {
        var inside = marks.Where(m => m.Span.Start >= start && m.Span.End <= end).OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.End).ToList();
        var result = new System.Text.StringBuilder();
        var pos = start;
        foreach (var m in inside)
        {
            if (m.Span.Start < pos)
            {
                continue;
            }

            result.Append(Markup.Escape(text[pos..m.Span.Start]));
            result.Append('[').Append(Colour(m.Kind)).Append(']').Append(Markup.Escape(text[m.Span.Start..m.Span.End])).Append("[/]");
            pos = m.Span.End;
        }

        result.Append(Markup.Escape(text[pos..end]));
        return result.ToString();
    }

    private static string Colour(string kind) => kind switch
    {
        "trigger" => "bold yellow",
        "date" => "cyan",
        "location" => "green",
        "killed" => "bold red",
        "injured" => "red",
        _ => "underline",
    };
}
