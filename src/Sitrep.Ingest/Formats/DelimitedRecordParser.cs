using System.Text;

namespace Sitrep.Ingest.Formats;

/// <summary>
/// Splits CSV/TSV into records per RFC 4180: fields may be quoted, quotes doubled inside, and quoted fields may span
/// lines. Streams through a char buffer; a record over the size limit is scanned to its end but not kept.
/// </summary>
internal sealed class DelimitedRecordParser(TextReader reader, char delimiter, int maxChars)
{
    private readonly char[] buffer = new char[1 << 14];
    private readonly StringBuilder field = new();
    private readonly List<string> fields = [];
    private int pos;
    private int len;
    private long line = 1;

    public enum Outcome
    {
        Record,
        TooLarge,
        Unterminated,
    }

    /// <summary>The fields of the last record (reused between calls).</summary>
    public IReadOnlyList<string> Fields => fields;

    /// <summary>The line the last record started on.</summary>
    public long StartLine { get; private set; }

    /// <summary>The current line (for failures).</summary>
    public long Line => line;

    public bool TryNext(out Outcome outcome)
    {
        fields.Clear();
        field.Clear();
        outcome = Outcome.Record;
        StartLine = line;
        long size = 0;
        var quoted = false;
        var fieldStart = true;
        var any = false;
        while (true)
        {
            if (pos == len)
            {
                len = reader.Read(buffer, 0, buffer.Length);
                pos = 0;
                if (len == 0)
                {
                    if (quoted)
                    {
                        outcome = Outcome.Unterminated;
                        return true;
                    }

                    if (!any)
                    {
                        return false;
                    }

                    EndField(size, maxChars, ref outcome);
                    return true;
                }
            }

            var c = buffer[pos++];
            any = true;
            if (++size > maxChars)
            {
                outcome = Outcome.TooLarge;
            }

            if (c == '\n')
            {
                line++;
            }

            if (quoted)
            {
                if (c != '"')
                {
                    Append(c, outcome);
                }
                else if (Peek() == '"')
                {
                    pos++;
                    Append('"', outcome);
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            if (c == '"' && fieldStart)
            {
                quoted = true;
                fieldStart = false;
            }
            else if (c == delimiter)
            {
                EndField(size, maxChars, ref outcome);
                fieldStart = true;
            }
            else if (c == '\n')
            {
                EndField(size, maxChars, ref outcome);
                return true;
            }
            else if (c != '\r' || Peek() != '\n')
            {
                Append(c, outcome);
                fieldStart = false;
            }
        }
    }

    private int Peek()
    {
        if (pos == len)
        {
            len = reader.Read(buffer, 0, buffer.Length);
            pos = 0;
            if (len == 0)
            {
                return -1;
            }
        }

        return buffer[pos];
    }

    private void Append(char c, Outcome outcome)
    {
        if (outcome == Outcome.Record)
        {
            field.Append(c);
        }
    }

    private void EndField(long size, int max, ref Outcome outcome)
    {
        if (size > max)
        {
            outcome = Outcome.TooLarge;
        }

        fields.Add(outcome == Outcome.Record ? field.ToString() : string.Empty);
        field.Clear();
    }
}
