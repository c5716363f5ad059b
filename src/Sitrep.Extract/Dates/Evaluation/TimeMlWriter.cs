using System.Globalization;
using System.Security;
using System.Text;
using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates.Evaluation;

/// <summary>Writes a TimeML file: the document's DCT and its text with the given TIMEX3 tags inline (tids t1, t2 … in text order).</summary>
public static class TimeMlWriter
{
    public static void Write(TextWriter writer, TimeMlDocument document, IReadOnlyList<TimeExpression> timexes)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(timexes);
        var dct = document.Dct.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>").Append(SecurityElement.Escape(document.Id)).Append("</DOCID>\n");
        sb.Append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").Append(dct)
            .Append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">").Append(dct).Append("</TIMEX3></DCT>\n<TEXT>");
        var text = document.Text;
        var at = 0;
        var tid = 1;
        foreach (var t in timexes.OrderBy(t => t.Span.Start))
        {
            if (t.Span.Start < at || t.Span.End > text.Length)
            {
                continue;
            }

            sb.Append(SecurityElement.Escape(text[at..t.Span.Start]));
            sb.Append("<TIMEX3 tid=\"t").Append(tid++.ToString(CultureInfo.InvariantCulture)).Append("\" type=\"").Append(t.Type)
                .Append("\" value=\"").Append(SecurityElement.Escape(t.Value)).Append('"');
            if (t.Mod is { } mod)
            {
                sb.Append(" mod=\"").Append(SecurityElement.Escape(mod)).Append('"');
            }

            sb.Append('>').Append(SecurityElement.Escape(t.Span.Of(text))).Append("</TIMEX3>");
            at = t.Span.End;
        }

        sb.Append(SecurityElement.Escape(text[at..])).Append("</TEXT>\n</TimeML>\n");
        writer.Write(sb.ToString());
    }
}
