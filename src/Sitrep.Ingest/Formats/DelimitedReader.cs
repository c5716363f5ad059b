using Sitrep.Core.Articles;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Formats;

/// <summary>
/// CSV and TSV with a header row; columns are found by the names in <see cref="ReaderOptions.Columns"/> (exact, then
/// case-insensitive). Rejections name the line each record starts on. The size limit counts characters.
/// </summary>
internal sealed class DelimitedReader(char delimiter) : IArticleFormatReader
{
    public IEnumerable<ReadResult> Read(ReaderContext context)
    {
        using var text = TextDecoding.Open(context, out var warning);
        if (warning is not null)
        {
            yield return warning;
        }

        var parser = new DelimitedRecordParser(text, delimiter, context.Options.MaxArticleBytes);
        if (!parser.TryNext(out var headerOutcome) || headerOutcome != DelimitedRecordParser.Outcome.Record)
        {
            yield return context.Reject(1, null, RejectReason.MalformedRecord, "ING-CSV-001: no header row");
            yield break;
        }

        var map = context.Options.Columns;
        var header = parser.Fields.ToArray();
        var columns = new[] { map.Id, map.Date, map.Title, map.Source, map.Url, map.Text }.Select(n => Find(header, n)).ToArray();
        if (columns[5] < 0)
        {
            yield return context.Reject(1, null, RejectReason.MissingField,
                $"ING-CSV-002: the header has no text column '{map.Text}' (columns: {string.Join(", ", header)})");
            yield break;
        }

        while (parser.TryNext(out var outcome))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            context.Line = parser.StartLine;
            if (outcome == DelimitedRecordParser.Outcome.Record && IsBlank(parser.Fields))
            {
                continue;
            }

            yield return outcome switch
            {
                DelimitedRecordParser.Outcome.TooLarge => context.Reject(parser.StartLine, null, RejectReason.TooLarge,
                    $"ING-SIZE-002: record is larger than the maximum of {context.Options.MaxArticleBytes} characters"),
                DelimitedRecordParser.Outcome.Unterminated => context.Reject(parser.StartLine, null, RejectReason.MalformedRecord,
                    "ING-CSV-003: a quoted field is not closed before the end of the input"),
                _ => SafeToArticle(context, parser.Fields, parser.StartLine, columns, map),
            };
        }
    }

    private static bool IsBlank(IReadOnlyList<string> fields) => fields.Count == 1 && fields[0].Length == 0;

    private static ReadResult SafeToArticle(ReaderContext context, IReadOnlyList<string> fields, long line, int[] columns, FieldMap map)
    {
        try
        {
            return ToArticle(context, fields, line, columns, map);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return context.Reject(line, null, RejectReason.ProcessingFailed, $"ING-FAIL-001: {e.GetType().Name}: {e.Message}");
        }
    }

    private static ReadResult ToArticle(ReaderContext context, IReadOnlyList<string> fields, long line, int[] columns, FieldMap map)
    {
        string? Get(int attribute)
        {
            var i = columns[attribute];
            return i >= 0 && i < fields.Count && fields[i].Length > 0 ? fields[i] : null;
        }

        var id = Get(0);
        var origin = context.At(line, id);
        var dateText = Get(1);
        if (dateText is null)
        {
            return new RecordRejected(origin, RejectReason.MissingDate, $"ING-DATE-003: no value in column '{map.Date}'");
        }

        if (!PublicationDateParser.TryParse(dateText, out var date))
        {
            return new RecordRejected(origin, RejectReason.InvalidDate, $"ING-DATE-002: '{dateText}' is not a valid date");
        }

        var text = Get(5);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RecordRejected(origin, RejectReason.EmptyText, "ING-TEXT-001: the article has no text");
        }

        return new ArticleRead(new RawArticle { Text = text, Date = date, Origin = origin, Id = id, Title = Get(2), Source = Get(3), Url = Get(4) });
    }

    private static int Find(string[] header, string name)
    {
        var i = Array.IndexOf(header, name);
        return i >= 0 ? i : Array.FindIndex(header, h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
    }
}
