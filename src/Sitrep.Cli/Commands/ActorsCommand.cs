using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Cli.Hosting;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep actors [NAME] [--type PERSON] [--json]</c>: the actors in the ledger (one per person, government,
/// country or organization across spellings), most mentioned first, with aliases, roles seen (first and last
/// article date) and countries.
/// </summary>
public static class ActorsCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOptionsCli.CreateDbOption();
        var name = new Argument<string?>("name") { Description = "Only actors whose name or an alias contains this text.", Arity = ArgumentArity.ZeroOrOne };
        var type = new Option<string?>("--type") { Description = "Only this entity type (PERSON, ORG, GPE, NORP …)." };
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many actors.", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "One JSON object per actor (JSON Lines)." };
        var command = new Command("actors", "List actors with mention counts, roles seen (with dates) and countries.");
        command.Arguments.Add(name);
        command.Options.Add(db);
        command.Options.Add(type);
        command.Options.Add(limit);
        command.Options.Add(json);
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = StoreAccess.OpenForQuery(parse.GetValue(db)!);
            var actors = store.Actors(parse.GetValue(name), parse.GetValue(type)?.ToUpperInvariant(), Math.Max(1, parse.GetValue(limit)));
            if (parse.GetValue(json))
            {
                using var stream = context.OpenStandardOutput();
                foreach (var a in actors)
                {
                    JsonSerializer.Serialize(stream, a, ActorJson.Options);
                    stream.WriteByte((byte)'\n');
                }

                return ExitCodes.Ok;
            }

            if (actors.Count == 0)
            {
                context.Terminal.Out.MarkupLine("[grey]no actors[/]");
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded);
            foreach (var c in new[] { "actor", "type", "country", "mentions", "articles", "roles (first … last date)", "aliases" })
            {
                table.AddColumn(c);
            }

            foreach (var a in actors)
            {
                var roles = string.Join("\n", a.Roles.Select(r => $"{r.Role} ({r.FirstDate} … {r.LastDate}, {r.Mentions})"));
                var aliases = string.Join(", ", a.Aliases.Take(6).Select(x => x.Key));
                var countries = a.Countries.Count > 0 ? string.Join(", ", a.Countries.Select(c => c.Key)) : a.Country ?? "";
                table.AddRow(Markup.Escape(a.Canonical), a.Type, Markup.Escape(countries), N(a.Mentions), N(a.Articles), Markup.Escape(roles), Markup.Escape(aliases));
            }

            context.Terminal.Out.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static class ActorJson
    {
        public static JsonSerializerOptions Options { get; } = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    }
}
