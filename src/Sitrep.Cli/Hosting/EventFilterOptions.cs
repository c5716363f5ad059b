using System.CommandLine;
using System.Globalization;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;
using Sitrep.Storage;

namespace Sitrep.Cli.Hosting;

/// <summary>The event filters shared by <c>events</c> and <c>timeline</c>, parsed into a validated <see cref="EventFilter"/>.</summary>
public sealed class EventFilterOptions
{
    public Option<string?> Type { get; } = new("--type") { Description = "PLOVER event type, e.g. ASSAULT, CONSULT." };

    public Option<string?> Status { get; } = new("--status") { Description = "occurred, planned, claimed, denied, hypothetical or ongoing." };

    public Option<string?> Since { get; } = new("--since") { Description = "Events on or after this date (YYYY-MM-DD)." };

    public Option<string?> Until { get; } = new("--until") { Description = "Events on or before this date (YYYY-MM-DD)." };

    public Option<string?> Actor { get; } = new("--actor") { Description = "Actor name (case-insensitive substring)." };

    public Option<string?> Place { get; } = new("--place") { Description = "Location name." };

    public Option<string?> Country { get; } = new("--country") { Description = "ISO 3166-1 alpha-3 code of the location or a participant." };

    public Option<string?> Text { get; } = new("--text") { Description = "Full-text query the event's article must match." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Type, Status, Since, Until, Actor, Place, Country, Text })
        {
            command.Options.Add(option);
        }
    }

    public EventFilter Empty() => new() { Limit = int.MaxValue };

    public EventFilter Resolve(ParseResult parse, int limit)
    {
        PloverType? type = null;
        if (parse.GetValue(Type) is { Length: > 0 } t)
        {
            type = Enum.TryParse<PloverType>(t, ignoreCase: true, out var pt) && Enum.IsDefined(pt)
                ? pt
                : throw new UsageException($"SITREP-C010: --type '{t}' is not a PLOVER type ({string.Join(", ", Enum.GetNames<PloverType>())}).");
        }

        EventStatus? status = null;
        if (parse.GetValue(Status) is { Length: > 0 } s)
        {
            status = ContractNames.TryParseStatus(s, out var st)
                ? st
                : throw new UsageException($"SITREP-C011: --status '{s}' is not one of occurred, planned, claimed, denied, hypothetical, ongoing.");
        }

        var country = parse.GetValue(Country);
        if (country is { Length: > 0 } && (country.Length != 3 || !country.All(char.IsAsciiLetter)))
        {
            throw new UsageException($"SITREP-C012: --country '{country}' is not an ISO 3166-1 alpha-3 code (e.g. UKR).");
        }

        return new EventFilter
        {
            Type = type,
            Status = status,
            Since = Date(parse.GetValue(Since), "--since"),
            Until = Date(parse.GetValue(Until), "--until"),
            Actor = NullIfEmpty(parse.GetValue(Actor)),
            Place = NullIfEmpty(parse.GetValue(Place)),
            Country = NullIfEmpty(country)?.ToUpperInvariant(),
            Text = NullIfEmpty(parse.GetValue(Text)),
            Limit = limit,
        };
    }

    private static DateOnly? Date(string? text, string flag)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new UsageException($"SITREP-C013: {flag} '{text}' is not a date (YYYY-MM-DD).");
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
