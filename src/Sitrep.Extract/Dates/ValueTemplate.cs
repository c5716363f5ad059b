using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Extract.Dates.Resources;

namespace Sitrep.Extract.Dates;

/// <summary>
/// Fills a rule's value or mod template from a match. <c>{g}</c> is group g normalized through the table named like
/// the group without trailing digits (month2 → month); <c>{g:table}</c> names the table; <c>{g|text}</c> uses text when
/// g did not take part. Numeric day, month, hour and minute groups are zero-padded; <c>num</c> accepts digits and
/// number words ("twenty-five"). Built-ins: <c>{dur}</c> is the ISO duration of groups num (X when absent; 1 for <c>{dur1}</c>) and unit; <c>{g:raw}</c> is the group's text;
/// <c>{clock}</c> is HH:MM from hour, minute and ampm. Returns null when a group cannot be normalized.
/// </summary>
internal sealed class ValueTemplate(DateResources resources)
{
    private readonly NormTable? _num = resources.Tables.GetValueOrDefault("num");
    private readonly NormTable? _unit = resources.Tables.GetValueOrDefault("unit");
    private readonly NormTable? _ampm = resources.Tables.GetValueOrDefault("ampm");

    /// <summary>The rules' templates read once (their slots split into group, table and fallback), by template text.</summary>
    private readonly Dictionary<string, Part[]> _parsed = Parse(resources);

    public string? Fill(string template, Match match)
    {
        if (template.IndexOf('{', StringComparison.Ordinal) < 0)
        {
            return template;
        }

        var parts = _parsed.TryGetValue(template, out var known) ? known : Split(template);
        if (parts.Length == 1)
        {
            return parts[0].Literal ?? Expand(parts[0], match);
        }

        var sb = new StringBuilder(template.Length + 8);
        foreach (var part in parts)
        {
            var text = part.Literal ?? Expand(part, match);
            if (text is null)
            {
                return null;
            }

            sb.Append(text);
        }

        return sb.ToString();
    }

    private static Dictionary<string, Part[]> Parse(DateResources resources)
    {
        var parsed = new Dictionary<string, Part[]>(StringComparer.Ordinal);
        foreach (var rule in resources.Rules)
        {
            foreach (var template in new[] { rule.Value, rule.Mod })
            {
                if (template is not null && template.Contains('{', StringComparison.Ordinal))
                {
                    parsed.TryAdd(template, Split(template));
                }
            }
        }

        return parsed;
    }

    /// <summary>A template as literal text and slots, in order.</summary>
    private static Part[] Split(string template)
    {
        var parts = new List<Part>();
        var literal = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                literal.Append(template[i]);
                continue;
            }

            if (literal.Length > 0)
            {
                parts.Add(new Part(literal.ToString(), "", "", null));
                literal.Clear();
            }

            var close = template.IndexOf('}', i);
            var slot = template.AsSpan(i + 1, close - i - 1);
            string? fallback = null;
            var bar = slot.IndexOf('|');
            if (bar >= 0)
            {
                fallback = slot[(bar + 1)..].ToString();
                slot = slot[..bar];
            }

            var colon = slot.IndexOf(':');
            var group = (colon >= 0 ? slot[..colon] : slot).ToString();
            var table = colon >= 0 ? slot[(colon + 1)..].ToString() : group.TrimEnd("0123456789".ToCharArray());
            parts.Add(new Part(null, group, table, fallback));
            i = close;
        }

        if (literal.Length > 0)
        {
            parts.Add(new Part(literal.ToString(), "", "", null));
        }

        return [.. parts];
    }

    private string? Expand(Part slot, Match match)
    {
        var result = slot.Group switch
        {
            "dur" => Duration(match, "X"),
            "dur1" => Duration(match, "1"),
            "clock" => Clock(match),
            _ => match.Groups[slot.Group] is { Success: true } g ? Normalize(slot.Table, g.ValueSpan) : null,
        };
        return result ?? slot.Fallback;
    }

    /// <summary>Literal text (Literal set), or a slot: {Group:Table|Fallback}.</summary>
    private sealed record Part(string? Literal, string Group, string Table, string? Fallback);

    private string? Normalize(string table, ReadOnlySpan<char> surface)
    {
        surface = surface.Trim();
        switch (table)
        {
            case "raw":
                return surface.ToString();
            case "num":
                return Number(surface);
            case "day" or "month" or "hour" or "minute" when surface.Length > 0 && char.IsAsciiDigit(surface[0]):
                var digits = LeadingDigits(surface);
                return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n.ToString("00", CultureInfo.InvariantCulture) : null;
            case "year" when surface.Length > 0 && char.IsAsciiDigit(surface[0]):
                var y = LeadingDigits(surface);
                return y.Length == 4 ? y.ToString() : null;
        }

        if (!resources.Tables.TryGetValue(table, out var t))
        {
            return null;
        }

        // Abbreviations are listed without their period ("Aug." finds "aug").
        return t.TryGet(surface, out var value) || (surface.Length > 1 && surface[^1] == '.' && t.TryGet(surface[..^1], out value)) ? value : null;
    }

    private string? Number(ReadOnlySpan<char> surface)
    {
        if (surface.Length > 0 && char.IsAsciiDigit(surface[0]))
        {
            // "5 1/2" is five and a half.
            var half = surface.EndsWith("1/2", StringComparison.Ordinal) && surface.Length > 3 && char.IsWhiteSpace(surface[^4]);
            var clean = (half ? surface[..^3].Trim() : surface).ToString().Replace(",", "", StringComparison.Ordinal);
            return decimal.TryParse(clean, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
                ? (half ? d + 0.5m : d).ToString(CultureInfo.InvariantCulture) : null;
        }

        if (_num is null)
        {
            return null;
        }

        if (_num.TryGet(surface, out var v))
        {
            return v;
        }

        // "twenty-five", "two hundred": add the parts, multiply by hundred/thousand.
        var total = 0m;
        var any = false;
        foreach (var range in surface.SplitAny(" -\t\n"))
        {
            var word = surface[range];
            if (word.Length == 0 || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!_num.TryGet(word, out var pv) || !decimal.TryParse(pv, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p))
            {
                return null;
            }

            total = p is 100m or 1000m && any ? total * p : total + p;
            any = true;
        }

        return any ? total.ToString(CultureInfo.InvariantCulture) : null;
    }

    private string? Duration(Match match, string defaultNum)
    {
        var unitGroup = match.Groups["unit"];
        if (!unitGroup.Success || _unit is null || !_unit.TryGet(unitGroup.ValueSpan.Trim(), out var unit))
        {
            return null;
        }

        var numGroup = match.Groups["num"];
        var num = numGroup.Success ? Number(numGroup.ValueSpan.Trim()) : defaultNum;
        if (num is null)
        {
            return null;
        }

        // unit values: [multiplier][T]letter, e.g. "Y", "10Y", "TH", "2W".
        var time = unit.Contains('T', StringComparison.Ordinal);
        var letter = unit[^1];
        var multText = unit.AsSpan(0, unit.Length - 1).TrimEnd('T');
        var mult = multText.Length == 0 ? 1m : decimal.Parse(multText, NumberStyles.None, CultureInfo.InvariantCulture);
        if (num == "X")
        {
            return (time ? "PT" : "P") + "X" + letter;
        }

        // A group "half" that takes part ("two and a half years", "a minute and a half") adds half a unit.
        var amount = decimal.Parse(num, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var n = (match.Groups["half"].Success ? amount + 0.5m : amount) * mult;
        return Fraction(n, time, letter) ?? (time ? "PT" : "P") + n.ToString("0.######", CultureInfo.InvariantCulture) + letter;
    }

    /// <summary>
    /// A whole amount plus a fraction spelled in the next smaller unit, as TIMEX3 writes it: 5.5 hours → PT5H30M, 1.5 minutes → PT1M30S,
    /// 1.5 days → P1DT12H, 1.5 years → P1Y6M. Null for a whole amount or a remainder that is not whole in that unit.
    /// </summary>
    private static string? Fraction(decimal n, bool time, char letter)
    {
        var whole = decimal.Truncate(n);
        if (whole == n || whole == 0)
        {
            return null;
        }

        var (factor, smaller, smallerIsTime) = (time, letter) switch
        {
            (true, 'H') => (60m, 'M', true),
            (true, 'M') => (60m, 'S', true),
            (false, 'D') => (24m, 'H', true),
            (false, 'Y') => (12m, 'M', false),
            (false, 'W') => (7m, 'D', false),
            _ => (0m, ' ', false),
        };
        var rest = (n - whole) * factor;
        if (factor == 0 || rest != decimal.Truncate(rest))
        {
            return null;
        }

        var inv = CultureInfo.InvariantCulture;
        var head = (time ? "PT" : "P") + whole.ToString(inv) + letter;
        return head + (smallerIsTime && !time ? "T" : "") + rest.ToString("0", inv) + smaller;
    }

    private string? Clock(Match match)
    {
        var h = match.Groups["hour"];
        if (!h.Success || !int.TryParse(LeadingDigits(h.ValueSpan), NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 24)
        {
            return null;
        }

        var minute = 0;
        var m = match.Groups["minute"];
        if (m.Success && (!int.TryParse(LeadingDigits(m.ValueSpan), NumberStyles.None, CultureInfo.InvariantCulture, out minute) || minute > 59))
        {
            return null;
        }

        var ap = match.Groups["ampm"];
        if (ap.Success && _ampm is not null && _ampm.TryGet(ap.ValueSpan.Trim(), out var which))
        {
            if (hour > 12)
            {
                return null;
            }

            hour = which == "PM" ? hour % 12 + 12 : hour % 12;
        }

        return hour.ToString("00", CultureInfo.InvariantCulture) + ":" + minute.ToString("00", CultureInfo.InvariantCulture);
    }

    private static ReadOnlySpan<char> LeadingDigits(ReadOnlySpan<char> s)
    {
        var n = 0;
        while (n < s.Length && char.IsAsciiDigit(s[n]))
        {
            n++;
        }

        return s[..n];
    }
}
