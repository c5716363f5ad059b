using System.Reflection;

namespace Sitrep.Syntax.Tests;

/// <summary>The documents of <see cref="NewsSentenceParseTests"/>: never training data (tags or trees).</summary>
internal static class NewsTestDocuments
{
    public static readonly HashSet<string> Ids = new(StringComparer.Ordinal)
    {
        "ua-president-73337", "kremlin-67200", "ua-president-71281", "ua-president-71573", "guardian-132dow-205", "kremlin-67015",
        "kremlin-67034", "kremlin-67175", "kremlin-67568", "kremlin-67065", "ua-president-73393",
    };

    /// <summary>The document ids named by the test's rows (read from its InlineData, so a new row cannot be forgotten here).</summary>
    public static IEnumerable<string> InTests() => typeof(NewsSentenceParseTests)
        .GetMethod(nameof(NewsSentenceParseTests.News_sentence_parses_with_event_arcs))!
        .GetCustomAttributes<InlineDataAttribute>()
        .Select(a => (string)a.Data[0]!);
}
