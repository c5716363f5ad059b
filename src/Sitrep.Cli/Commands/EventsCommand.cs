using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Contract;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep events</c>: list stored events with filters, as a table, JSON Lines or CSV.</summary>
public static class EventsCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOptionsCli.CreateDbOption();
        var filters = new EventFilterOptions();
        var format = new Option<string>("--format", "-f") { Description = "table, jsonl or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many events.", DefaultValueFactory = _ => 100 };
        var command = new Command("events", "List stored events (filter by type, status, dates, actor, place, country, text).");
        command.Options.Add(db);
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(limit);
        command.SetAction(parse => context.Guard(() =>
        {
            var n = parse.GetValue(limit);
            if (n < 1)
            {
                throw new UsageException("SITREP-C014: --limit must be at least 1.");
            }

            using var store = StoreAccess.OpenForQuery(parse.GetValue(db)!);
            var events = store.Events(filters.Resolve(parse, n));
            switch (parse.GetValue(format))
            {
                case "jsonl":
                    WriteJsonLines(context, events);
                    break;
                case "csv":
                    WriteCsv(context.Terminal.OutWriter, events);
                    break;
                default:
                    WriteTable(context.Terminal.Out, events);
                    break;
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteTable(IAnsiConsole console, IReadOnlyList<StoredEvent> events)
    {
        if (events.Count == 0)
        {
            console.MarkupLine("[grey]no events match[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var c in new[] { "id", "date", "type", "status", "actors", "recipients", "where", "killed", "injured", "trigger" })
        {
            table.AddColumn(c);
        }

        foreach (var e in events)
        {
            table.AddRow(
                Markup.Escape(e.Id),
                e.DateKey,
                e.Type + (e.Mode is null ? "" : "/" + Markup.Escape(e.Mode)),
                ContractNames.Status(e.Status),
                Markup.Escape(string.Join(", ", e.Actors.Select(a => a.Name))),
                Markup.Escape(string.Join(", ", e.Recipients.Select(a => a.Name))),
                Markup.Escape(e.Location?.Name ?? ""),
                Range(e.KilledLow, e.KilledHigh),
                Range(e.InjuredLow, e.InjuredHigh),
                Markup.Escape(e.TriggerText));
        }

        console.Write(table);
    }

    private static void WriteJsonLines(CliContext context, IReadOnlyList<StoredEvent> events)
    {
        using var stream = context.OpenStandardOutput();
        using var w = new Utf8JsonWriter(stream, ExtractRecordWriter.JsonLinesOptions);
        foreach (var e in events)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("doc", e.Doc);
            w.WriteString("article_date", e.ArticleDate);
            w.WriteString("type", e.Type.ToString());
            JsonFields.String(w, "mode", e.Mode);
            w.WriteString("status", ContractNames.Status(e.Status));
            w.WriteString("date_key", e.DateKey);
            JsonFields.String(w, "date", e.DateValue);
            JsonFields.String(w, "date_precision", e.DatePrecision);
            w.WriteStartObject("trigger");
            w.WriteNumber("start", e.Trigger.Start);
            w.WriteNumber("end", e.Trigger.End);
            w.WriteString("text", e.TriggerText);
            w.WriteEndObject();
            Names(w, "actors", e.Actors);
            Names(w, "recipients", e.Recipients);
            if (e.Location is { } l)
            {
                w.WriteStartObject("location");
                w.WriteString("name", l.Name);
                JsonFields.String(w, "country", l.Country);
                JsonFields.Number(w, "lat", l.Lat);
                JsonFields.Number(w, "lon", l.Lon);
                JsonFields.String(w, "id", l.Id);
                w.WriteString("precision", l.Precision);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("location");
            }

            JsonFields.Range(w, "killed", e.KilledLow, e.KilledHigh, null);
            JsonFields.Range(w, "injured", e.InjuredLow, e.InjuredHigh, null);
            w.WriteStartObject("codes");
            JsonFields.String(w, "cameo", e.Cameo);
            JsonFields.String(w, "acled", e.Acled);
            w.WriteEndObject();
            w.WriteNumber("confidence", e.Confidence);
            w.WriteEndObject();
            w.Flush();
            w.Reset();
            stream.WriteByte((byte)'\n');
        }
    }

    private static void WriteCsv(TextWriter output, IReadOnlyList<StoredEvent> events)
    {
        output.WriteLine("id,doc,date,type,mode,status,actors,recipients,place,country,lat,lon,killed_low,killed_high,injured_low,injured_high,trigger,confidence");
        foreach (var e in events)
        {
            string?[] cells =
            [
                e.Id, e.Doc, e.DateKey, e.Type.ToString(), e.Mode, ContractNames.Status(e.Status),
                string.Join("; ", e.Actors.Select(a => a.Name)), string.Join("; ", e.Recipients.Select(a => a.Name)),
                e.Location?.Name, e.Location?.Country, Invariant(e.Location?.Lat), Invariant(e.Location?.Lon),
                Invariant(e.KilledLow), Invariant(e.KilledHigh), Invariant(e.InjuredLow), Invariant(e.InjuredHigh),
                e.TriggerText, Invariant(e.Confidence),
            ];
            output.WriteLine(string.Join(',', cells.Select(Csv)));
        }
    }

    private static string Csv(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return "";
        }

        return cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    private static string? Invariant(IFormattable? value) => value?.ToString(null, CultureInfo.InvariantCulture);

    private static string Range(int? low, int? high) => low is null && high is null ? "" : $"{low?.ToString(CultureInfo.InvariantCulture) ?? "?"}–{high?.ToString(CultureInfo.InvariantCulture) ?? "?"}";

    private static void Names(Utf8JsonWriter w, string name, IReadOnlyList<EventArgument> args)
    {
        w.WriteStartArray(name);
        foreach (var a in args)
        {
            w.WriteStartObject();
            w.WriteString("text", a.Text);
            JsonFields.String(w, "canonical", a.Canonical);
            JsonFields.String(w, "country", a.Country);
            JsonFields.SpanObject(w, a.Span, "span");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
