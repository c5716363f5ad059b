using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates.Evaluation;

/// <summary>
/// Reads TimeML (.tml): the text of the TEXT element with the offsets of its TIMEX3 tags, and the DCT from the TIMEX3
/// whose functionInDocument is CREATION_TIME (anywhere in the file). Malformed files throw <see cref="TimeMlException"/>.
/// </summary>
public static class TimeMlReader
{
    /// <summary>Every *.tml file of a folder, sorted by name.</summary>
    public static IReadOnlyList<TimeMlDocument> ReadDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.tml").Order(StringComparer.Ordinal).Select(Read).ToList();

    public static TimeMlDocument Read(string path)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new TimeMlException("SITREP-D101", path, $"not well-formed XML: {e.Message}");
        }

        var root = xml.Root ?? throw new TimeMlException("SITREP-D101", path, "empty document.");
        var dctTag = root.Descendants("TIMEX3").FirstOrDefault(t => (string?)t.Attribute("functionInDocument") == "CREATION_TIME")
            ?? throw new TimeMlException("SITREP-D102", path, "no TIMEX3 with functionInDocument=\"CREATION_TIME\".");
        var dctValue = (string?)dctTag.Attribute("value") ?? "";
        if (dctValue.Length < 10 || !DateOnly.TryParseExact(dctValue.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dct))
        {
            throw new TimeMlException("SITREP-D102", path, $"DCT value '{dctValue}' is not a date.");
        }

        var textElement = root.Element("TEXT") ?? throw new TimeMlException("SITREP-D103", path, "no TEXT element.");
        var text = new StringBuilder();
        var timexes = new List<TimeExpression>();
        Walk(textElement, text, timexes);
        var id = (string?)root.Element("DOCID") ?? Path.GetFileNameWithoutExtension(path);
        return new TimeMlDocument(id.Trim(), path, dct, text.ToString(), timexes);
    }

    private static void Walk(XElement element, StringBuilder text, List<TimeExpression> timexes)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement e:
                    var start = text.Length;
                    Walk(e, text, timexes);
                    if (e.Name.LocalName == "TIMEX3" && Enum.TryParse<TimexType>((string?)e.Attribute("type"), out var type))
                    {
                        timexes.Add(new TimeExpression(new TextSpan(start, text.Length), type, (string?)e.Attribute("value") ?? "")
                        {
                            Mod = (string?)e.Attribute("mod"),
                        });
                    }

                    break;
            }
        }
    }
}
