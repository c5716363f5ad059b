using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Contract;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep places</c>: the places in the ledger with their event, article and mention counts.</summary>
public static class PlacesCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOptionsCli.CreateDbOption();
        var country = new Option<string?>("--country") { Description = "Only places in this country (ISO 3166-1 alpha-3, e.g. UKR)." };
        var precision = new Option<string?>("--precision") { Description = "Only city, region or country." };
        precision.AcceptOnlyFromAmong("city", "region", "country");
        var format = new Option<string>("--format", "-f") { Description = "table or jsonl.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many places.", DefaultValueFactory = _ => 100 };
        var command = new Command("places", "Places named in the ledger (GeoNames), most events first.");
        command.Options.Add(db);
        command.Options.Add(country);
        command.Options.Add(precision);
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
            var places = store.Places(parse.GetValue(country)?.ToUpperInvariant(), parse.GetValue(precision), n);
            if (parse.GetValue(format) == "jsonl")
            {
                using var stream = context.OpenStandardOutput();
                using var w = new Utf8JsonWriter(stream, ExtractRecordWriter.JsonLinesOptions);
                foreach (var p in places)
                {
                    w.WriteStartObject();
                    w.WriteString("id", p.GeoId);
                    w.WriteString("name", p.Name);
                    JsonFields.String(w, "country", p.Country);
                    JsonFields.String(w, "admin1", p.Admin1);
                    JsonFields.String(w, "precision", p.Precision);
                    w.WriteNumber("lat", p.Lat);
                    w.WriteNumber("lon", p.Lon);
                    w.WriteNumber("events", p.Events);
                    w.WriteNumber("articles", p.Articles);
                    w.WriteNumber("mentions", p.Mentions);
                    w.WriteEndObject();
                    w.Flush();
                    w.Reset();
                    stream.WriteByte((byte)'\n');
                }

                return ExitCodes.Ok;
            }

            if (places.Count == 0)
            {
                context.Terminal.Out.WriteLine("no places stored");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("place", "country", "admin1", "precision", "events", "articles", "mentions", "id");
            foreach (var p in places)
            {
                table.AddRow(Markup.Escape(p.Name), p.Country ?? "", Markup.Escape(p.Admin1 ?? ""), p.Precision ?? "",
                    N(p.Events), N(p.Articles), N(p.Mentions), p.GeoId);
            }

            context.Terminal.Out.Write(table);
            context.Terminal.Out.MarkupLine("[grey]Places: GeoNames (geonames.org), CC BY 4.0[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);
}
