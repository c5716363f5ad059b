using Sitrep.Core.Articles;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Formats;

/// <summary>
/// Plain text and markdown, one article per file. The date comes from, in order: the seed layout (leading
/// <c>date YYYY-MM-DD</c>, the text starting after it), a front-matter block (<c>---</c>, <c>date:</c>, <c>title:</c>,
/// <c>source:</c>, <c>url:</c>, <c>id:</c>, <c>---</c>), a leading <c>Date: ...</c> line, or the <c>--date</c> option.
/// The id is the front-matter id, else the file name without extension.
/// </summary>
internal sealed class TextArticleReader : IArticleFormatReader
{
    public IEnumerable<ReadResult> Read(ReaderContext context)
    {
        var all = WholeDocument.TryRead(context, out var rejected, out var warning);
        if (warning is not null)
        {
            yield return warning;
        }

        if (all is null)
        {
            yield return rejected!;
            yield break;
        }

        yield return Parse(all, context);
    }

    private static ReadResult Parse(string all, ReaderContext context)
    {
        var header = new Header { Id = context.Stem };
        var body = all.AsSpan();
        if (body.IsWhiteSpace())
        {
            return new RecordRejected(context.At(0, header.Id), RejectReason.EmptyText, "ING-TEXT-001: the file is empty");
        }

        var lead = body.Length - body.TrimStart().Length;
        var line = 1 + body[..lead].Count('\n');
        body = body[lead..];
        string? dateText = null;
        var dateLine = line;

        if (TrySeed(body, out var seedDate, out var afterSeed))
        {
            dateText = seedDate;
            body = afterSeed;
        }
        else if (body.StartsWith("---") && TryFrontMatter(ref body, ref line, header, out dateLine))
        {
            dateText = header.Date;
        }
        else if (body.StartsWith("Date:", StringComparison.OrdinalIgnoreCase))
        {
            var eol = body.IndexOf('\n');
            var first = eol < 0 ? body : body[..eol];
            dateText = first["Date:".Length..].Trim().ToString();
            body = eol < 0 ? [] : body[(eol + 1)..];
        }

        var origin = context.At(dateText is null ? 0 : dateLine, header.Id);
        PublicationDate date;
        if (dateText is not null)
        {
            if (!PublicationDateParser.TryParse(dateText, out date))
            {
                return new RecordRejected(origin, RejectReason.InvalidDate, $"ING-DATE-002: '{Clip(dateText)}' is not a valid date");
            }
        }
        else if (context.Options.DefaultDate is { } fallback)
        {
            date = fallback;
        }
        else
        {
            return new RecordRejected(origin, RejectReason.MissingDate,
                "ING-DATE-003: no date (expected 'date YYYY-MM-DD', front matter 'date:', a 'Date:' line, or --date)");
        }

        body = body.TrimStart();
        if (body.IsWhiteSpace())
        {
            return new RecordRejected(origin, RejectReason.EmptyText, "ING-TEXT-001: the article has no text");
        }

        return new ArticleRead(new RawArticle
        {
            Text = body.ToString(), Date = date, Origin = origin, Id = header.Id, Title = header.Title, Source = header.Source, Url = header.Url,
        });
    }

    /// <summary>The seed layout: <c>date</c>, whitespace, an ISO date, whitespace, then the text.</summary>
    private static bool TrySeed(ReadOnlySpan<char> body, out string? date, out ReadOnlySpan<char> rest)
    {
        date = null;
        rest = body;
        if (!body.StartsWith("date") || body.Length < 6 || !char.IsWhiteSpace(body[4]))
        {
            return false;
        }

        var afterWord = body[4..].TrimStart();
        var end = afterWord.IndexOfAny(" \t\r\n");
        var token = end < 0 ? afterWord : afterWord[..end];
        if (token.Length != 10 || !char.IsAsciiDigit(token[0]) || token[4] != '-')
        {
            return false;
        }

        date = token.ToString();
        rest = afterWord[token.Length..];
        return true;
    }

    private static bool TryFrontMatter(ref ReadOnlySpan<char> body, ref int line, Header header, out int dateLine)
    {
        dateLine = line;
        var rest = body;
        var n = line;
        var first = true;
        while (!rest.IsEmpty)
        {
            var eol = rest.IndexOf('\n');
            var current = (eol < 0 ? rest : rest[..eol]).TrimEnd();
            rest = eol < 0 ? [] : rest[(eol + 1)..];
            if (first)
            {
                if (!current.SequenceEqual("---"))
                {
                    return false;
                }

                first = false;
            }
            else if (current.SequenceEqual("---"))
            {
                body = rest;
                line = n + 1;
                return true;
            }
            else
            {
                var colon = current.IndexOf(':');
                if (colon > 0)
                {
                    var key = current[..colon].Trim();
                    var value = Unquote(current[(colon + 1)..].Trim()).ToString();
                    if (key.Equals("date", StringComparison.OrdinalIgnoreCase))
                    {
                        header.Date = value;
                        dateLine = n;
                    }
                    else if (key.Equals("title", StringComparison.OrdinalIgnoreCase)) { header.Title = value; }
                    else if (key.Equals("source", StringComparison.OrdinalIgnoreCase)) { header.Source = value; }
                    else if (key.Equals("url", StringComparison.OrdinalIgnoreCase)) { header.Url = value; }
                    else if (key.Equals("id", StringComparison.OrdinalIgnoreCase)) { header.Id = value; }
                }
            }

            n++;
        }

        return false; // no closing fence: not front matter
    }

    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> v)
        => v.Length >= 2 && (v[0] == '"' || v[0] == '\'') && v[^1] == v[0] ? v[1..^1] : v;

    private static string Clip(string s) => s.Length <= 80 ? s : s[..80] + "...";

    private sealed class Header
    {
        public string? Id { get; set; }

        public string? Date { get; set; }

        public string? Title { get; set; }

        public string? Source { get; set; }

        public string? Url { get; set; }
    }
}
