using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Sitrep.Core.Articles;
using Sitrep.Ingest.Dates;
using Sitrep.Ingest.Decoding;

namespace Sitrep.Ingest.Formats;

/// <summary>
/// JSON Lines: one object per line with configurable field names. Parsed with <see cref="Utf8JsonReader"/> straight
/// from the pooled line buffer; only the returned fields become strings. Blank lines are skipped.
/// </summary>
internal sealed class JsonLinesReader(FieldMap fields) : IArticleFormatReader
{
    private const int MaxDateChars = 256;
    private readonly byte[][] names =
    [
        Encoding.UTF8.GetBytes(fields.Id), Encoding.UTF8.GetBytes(fields.Date), Encoding.UTF8.GetBytes(fields.Title),
        Encoding.UTF8.GetBytes(fields.Source), Encoding.UTF8.GetBytes(fields.Url), Encoding.UTF8.GetBytes(fields.Text),
    ];

    private enum Field
    {
        Id,
        Date,
        Title,
        Source,
        Url,
        Text,
        Other,
    }

    public IEnumerable<ReadResult> Read(ReaderContext context)
    {
        using var lines = new Utf8LineReader(context.Input.Content, context.Options.MaxArticleBytes);
        while (lines.Next(out var offset, out var length, out var tooLarge))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var n = lines.LineNumber;
            context.Line = n;
            if (tooLarge)
            {
                yield return context.Reject(n, null, RejectReason.TooLarge,
                    $"ING-SIZE-002: line is larger than the maximum of {context.Options.MaxArticleBytes} bytes");
                continue;
            }

            if (lines.Buffer.AsSpan(offset, length).Trim(" \t\r\n"u8).IsEmpty)
            {
                continue;
            }

            var result = ParseLine(context, lines.Buffer.AsSpan(offset, length), n, out var warning);
            if (warning is not null)
            {
                yield return warning;
            }

            yield return result;
        }
    }

    private ReadResult ParseLine(ReaderContext context, ReadOnlySpan<byte> line, long n, out ReadWarning? warning)
    {
        warning = null;
        try
        {
            if (!Utf8.IsValid(line))
            {
                warning = new ReadWarning(context.At(n), "ING-ENC-002", "line is not valid UTF-8; decoded as Windows-1252");
                return Parse(context, Windows1252Encoding.ToUtf8(line), n);
            }

            return Parse(context, line, n);
        }
        catch (JsonException e)
        {
            return context.Reject(n, null, RejectReason.MalformedRecord,
                $"ING-JSON-001: malformed JSON at byte {e.BytePositionInLine ?? 0}: {FirstSentence(e.Message)}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return context.Reject(n, null, RejectReason.ProcessingFailed, $"ING-FAIL-001: {e.GetType().Name}: {e.Message}");
        }
    }

    private ReadResult Parse(ReaderContext context, ReadOnlySpan<byte> line, long n)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return context.Reject(n, null, RejectReason.MalformedRecord, "ING-JSON-002: the line is not a JSON object");
        }

        string? id = null, title = null, source = null, url = null, text = null, badDate = null;
        PublicationDate? date = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Match(ref reader);
            reader.Read();
            var isString = reader.TokenType == JsonTokenType.String;
            switch (field)
            {
                case Field.Text: text = isString ? reader.GetString() : null; break;
                case Field.Title: title = isString ? reader.GetString() : title; break;
                case Field.Source: source = isString ? reader.GetString() : source; break;
                case Field.Url: url = isString ? reader.GetString() : url; break;
                case Field.Id:
                    id = isString ? reader.GetString() : reader.TokenType == JsonTokenType.Number ? Encoding.UTF8.GetString(reader.ValueSpan) : id;
                    break;
                case Field.Date:
                    (date, badDate) = isString ? ReadDate(ref reader) : (null, reader.TokenType == JsonTokenType.Null ? null : "(not a string)");
                    break;
                default: break;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return context.Reject(n, id, RejectReason.MalformedRecord, "ING-JSON-002: the line is not a JSON object");
        }

        if (reader.Read())
        {
            return context.Reject(n, id, RejectReason.MalformedRecord, "ING-JSON-003: content after the JSON object");
        }

        var origin = context.At(n, id);
        if (text is null)
        {
            return new RecordRejected(origin, RejectReason.MissingField, $"ING-FIELD-001: no string field '{fields.Text}' (the article text)");
        }

        if (date is not { } d)
        {
            return badDate is null
                ? new RecordRejected(origin, RejectReason.MissingDate, $"ING-DATE-003: no field '{fields.Date}' (the publication date)")
                : new RecordRejected(origin, RejectReason.InvalidDate, $"ING-DATE-002: '{badDate}' is not a valid date");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new RecordRejected(origin, RejectReason.EmptyText, "ING-TEXT-001: the article has no text");
        }

        return new ArticleRead(new RawArticle { Text = text, Date = d, Origin = origin, Id = id, Title = title, Source = source, Url = url });
    }

    private static (PublicationDate? Date, string? Bad) ReadDate(ref Utf8JsonReader reader)
    {
        if (reader.ValueSpan.Length > MaxDateChars)
        {
            return (null, reader.GetString()![..40] + "...");
        }

        Span<char> chars = stackalloc char[MaxDateChars];
        var count = reader.CopyString(chars);
        if (chars[..count].IsWhiteSpace())
        {
            return (null, null);
        }

        return PublicationDateParser.TryParse(chars[..count], out var d) ? (d, null) : (null, chars[..count].ToString());
    }

    private Field Match(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return (Field)i;
            }
        }

        return Field.Other;
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..(dot + 1)] : message;
    }
}
