using System.Globalization;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;
using Spectre.Console;

namespace Sitrep.Cli.Hosting;

/// <summary>A readable rendering of one extraction record for <c>extract --format pretty</c>.</summary>
public static class PrettyRecord
{
    public static void Write(IAnsiConsole console, Document doc)
    {
        var title = doc.Title is null ? "" : " — " + doc.Title;
        console.Write(new Rule($"[bold]{Markup.Escape(doc.Id)}[/] {doc.Date.DateIso}{Markup.Escape(title)}").LeftJustified());
        console.MarkupLine($"{doc.Sentences.Length} sentences, {doc.Tokens.Length} tokens, {doc.Text.Length} characters");
        if (doc.Entities.Count > 0)
        {
            var t = NewTable("entity", "type", "canonical", "role", "country");
            foreach (var m in doc.Entities)
            {
                t.AddRow(Esc(doc.TextOf(m.Span).ToString()), m.Type.ToString(), Esc(m.Canonical), Esc(m.Role), Esc(m.Country));
            }

            console.Write(t);
        }

        if (doc.Timexes.Count > 0)
        {
            var t = NewTable("date expression", "type", "value");
            foreach (var x in doc.Timexes)
            {
                t.AddRow(Esc(doc.TextOf(x.Span).ToString()), x.Type.ToString(), Esc(x.Value));
            }

            console.Write(t);
        }

        if (doc.Quotes.Count > 0)
        {
            var t = NewTable("quote", "kind", "speaker");
            foreach (var q in doc.Quotes)
            {
                t.AddRow(Esc(doc.TextOf(q.Span).ToString()), q.Kind.ToString().ToLowerInvariant(), Esc(q.Speaker ?? "?"));
            }

            console.Write(t);
        }

        if (doc.Events.Count > 0)
        {
            var t = NewTable("event", "status", "trigger", "actors", "recipients", "where", "when", "killed/injured");
            foreach (var e in doc.Events)
            {
                t.AddRow(
                    e.Type + (e.Mode is null ? "" : "/" + e.Mode),
                    ContractNames.Status(e.Status),
                    Esc(doc.TextOf(e.Trigger).ToString()),
                    Esc(string.Join(", ", e.Actors.Select(a => a.Canonical ?? a.Text))),
                    Esc(string.Join(", ", e.Recipients.Select(a => a.Canonical ?? a.Text))),
                    Esc(e.Location?.Name),
                    Esc(e.Date?.Value),
                    Esc(Casualty(e.Killed) + " / " + Casualty(e.Injured)));
            }

            console.Write(t);
        }
        else
        {
            console.MarkupLine("[grey]no events[/]");
        }
    }

    private static string Casualty(Casualties? c) => c is null ? "-" : $"{c.Low?.ToString(CultureInfo.InvariantCulture) ?? "?"}..{c.High?.ToString(CultureInfo.InvariantCulture) ?? "?"}";

    private static Table NewTable(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var c in columns)
        {
            table.AddColumn(c);
        }

        return table;
    }

    private static string Esc(string? s) => Markup.Escape(s ?? "");
}
