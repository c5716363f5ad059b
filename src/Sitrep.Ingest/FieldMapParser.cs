namespace Sitrep.Ingest;

/// <summary>
/// Parses a user mapping such as <c>text=body,date=published</c> into a <see cref="FieldMap"/>. Keys are the
/// attribute names (<c>id, date, title, source, url, text</c>, case-insensitive); values are the field or column
/// names in the input (case-sensitive). Unmentioned attributes keep their defaults.
/// </summary>
public static class FieldMapParser
{
    /// <summary>Parses <paramref name="spec"/> over <paramref name="baseline"/>; on failure returns false with a coded error (ING-MAP-*).</summary>
    public static bool TryParse(string? spec, FieldMap baseline, out FieldMap map, out string? error)
    {
        map = baseline;
        error = null;
        if (string.IsNullOrWhiteSpace(spec))
        {
            return true;
        }

        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == part.Length - 1)
            {
                error = $"ING-MAP-001: '{part}' is not of the form attribute=name (e.g. text=body)";
                return false;
            }

            var key = part[..eq].Trim().ToLowerInvariant();
            var value = part[(eq + 1)..].Trim();
            switch (key)
            {
                case "id": map = map with { Id = value }; break;
                case "date": map = map with { Date = value }; break;
                case "title": map = map with { Title = value }; break;
                case "source": map = map with { Source = value }; break;
                case "url": map = map with { Url = value }; break;
                case "text": map = map with { Text = value }; break;
                default:
                    error = $"ING-MAP-002: unknown attribute '{key}' (expected id, date, title, source, url or text)";
                    return false;
            }
        }

        return true;
    }

    /// <summary>Like <see cref="TryParse"/> over the defaults, throwing <see cref="FormatException"/> with the coded error.</summary>
    public static FieldMap Parse(string? spec)
        => TryParse(spec, FieldMap.Default, out var map, out var error) ? map : throw new FormatException(error);
}
