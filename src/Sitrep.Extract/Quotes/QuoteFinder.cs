using Sitrep.Core.Model;

namespace Sitrep.Extract.Quotes;

/// <summary>
/// Finds direct quotations with their speakers ('"…," X said', 'X said: "…"', '"…," said X', '…, saying "…"',
/// continuation paragraphs) and reported speech ("X said that …", "X warned that …") as <see cref="QuoteKind.Reported"/>
/// quotes whose span is the content clause. Immutable and thread-safe.
/// </summary>
public sealed class QuoteFinder(QuoteLexicon lexicon)
{
    private const int MaxSpeakerTokens = 8;

    /// <summary>Words that open a fronted phrase before the subject ("At his press conference …, Johnson said").</summary>
    private static readonly HashSet<string> FrontedPhrase = new(StringComparer.Ordinal)
    {
        "at", "in", "on", "after", "before", "during", "speaking", "asked", "with", "from", "following", "despite", "while", "when", "as", "appearing", "writing", "addressing",
    };

    public QuoteLexicon Lexicon { get; } = lexicon ?? throw new ArgumentNullException(nameof(lexicon));

    public List<Quote> Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var quotes = new List<Quote>();
        var marks = QuoteMarks.Find(document.Text);
        var names = new NameIndex(document, Lexicon);
        var reader = new SpeakerReader(document, Lexicon, names);
        var tokens = document.Tokens;
        var quotedSentences = new HashSet<int>();
        foreach (var q in marks)
        {
            var openTok = TokenAt(tokens, q.OpenMark);
            var closeTok = q.Closed ? TokenAt(tokens, q.CloseMark) : -1;
            var sOpen = SentenceOf(document, q.OpenMark);
            var sClose = q.Closed ? SentenceOf(document, q.CloseMark) : sOpen;
            if (sOpen >= 0)
            {
                for (var s = sOpen; s <= Math.Max(sOpen, sClose); s++)
                {
                    quotedSentences.Add(s);
                }
            }

            (string Name, TextSpan Span)? speaker = null;
            if (closeTok >= 0 && sClose >= 0)
            {
                var end = document.Sentences[sClose].EndToken;
                if (closeTok + 1 >= end && sClose + 1 < document.Sentences.Length && IsAttribution(reader, document.Sentences[sClose + 1]))
                {
                    // '“Are you ready?” he asked.': the splitter may end the sentence at the closing mark
                    end = document.Sentences[sClose + 1].EndToken;
                }

                speaker = After(reader, closeTok + 1, end);
            }

            if (speaker is null && openTok >= 0 && sOpen >= 0)
            {
                speaker = Before(reader, document.Sentences[sOpen].FirstToken, openTok);
            }

            // a second phrase quoted in the same sentence ("said … “to prevent war”, arguing that … a “1937 moment”")
            if (speaker is null && quotes.Count > 0 && quotes[^1].Speaker is { } same && sOpen >= 0 && SentenceOf(document, quotes[^1].Span.Start) == sOpen)
            {
                speaker = (same, quotes[^1].SpeakerSpan ?? default);
            }

            if (speaker is null && q.ContinuesPrevious && quotes.Count > 0 && quotes[^1].Speaker is { } prev)
            {
                speaker = (prev, quotes[^1].SpeakerSpan ?? default);
            }

            if (speaker is null && openTok >= 0 && sOpen >= 0 && document.Sentences[sOpen].FirstToken == openTok
                && reader.Last is { } last && q.OpenMark - last.At < 600)
            {
                speaker = (last.Name, default);
            }

            if (speaker is { } sp && !sp.Span.IsEmpty)
            {
                // the speaker stays the one a following "he said" most likely means until the quote ends
                reader.Last = (sp.Name, Math.Max(sp.Span.Start, q.Content.End));
            }

            quotes.Add(new Quote(q.Content, QuoteKind.Direct)
            {
                Speaker = speaker?.Name,
                SpeakerSpan = speaker is { } x && !x.Span.IsEmpty ? x.Span : null,
            });
        }

        AddReported(document, reader, quotedSentences, quotes);
        quotes.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Kind.CompareTo(b.Kind));
        return quotes;
    }

    private (string, TextSpan)? After(SpeakerReader reader, int from, int end)
    {
        var k = from;
        while (k < end && reader.Lower(k) is "," or "—" or "–" or "-")
        {
            k++;
        }

        if (k >= end)
        {
            return null;
        }

        if (reader.IsSpeechVerb(k))
        {
            // '"…," said the country's foreign minister, Ann Linde': the name in apposition wins over the description
            var npEnd = NounPhraseEnd(reader, k + 1, end);
            if (npEnd + 1 < end && reader.Lower(npEnd) == "," && NounPhraseEnd(reader, npEnd + 1, end) is var appEnd && appEnd > npEnd + 1
                && reader.ReadPerson(npEnd + 1, appEnd) is { } named)
            {
                return named;
            }

            return reader.Read(k + 1, npEnd);
        }

        if (reader.Lower(k) == "according" && k + 1 < end && reader.Lower(k + 1) == "to")
        {
            return reader.Read(k + 2, NounPhraseEnd(reader, k + 2, end));
        }

        for (var v = k; v < end && v - k <= MaxSpeakerTokens + 4; v++)
        {
            if (reader.IsSpeechVerb(v))
            {
                // "“…” to challenge China, she said": the words after the last comma are the subject
                var seg = v;
                while (seg > k && reader.Lower(seg - 1) != ",")
                {
                    seg--;
                }

                return (seg > k && seg < v ? reader.Read(seg, v) : null) ?? reader.Read(k, v);
            }

            // a new clause ("…”, although Adrienne Watson … said") has its own subject
            if (reader.Lower(v) is "." or ";" or "“" or "\"" or "although" or "but" or "while" or "whereas" or "though")
            {
                break;
            }
        }

        return null;
    }

    /// <summary>True when a sentence after a closing mark is its attribution ("he asked.", "Johnson said."): it starts
    /// lower case, or a speech verb comes within its first words and the sentence ends soon after.</summary>
    private static bool IsAttribution(SpeakerReader reader, Sentence next)
    {
        var first = next.FirstToken;
        var word = reader.Lower(first);
        if (word.Length > 0 && char.IsLetter(word[0]) && !reader.IsCapitalized(first))
        {
            return true;
        }

        for (var v = first; v < next.EndToken && v - first <= 6; v++)
        {
            if (reader.IsSpeechVerb(v))
            {
                return next.EndToken - v <= 8;
            }
        }

        return false;
    }

    private (string, TextSpan)? Before(SpeakerReader reader, int sentenceStart, int openTok)
    {
        for (var v = openTok - 1; v >= sentenceStart && openTok - v <= 14; v--)
        {
            if (!reader.IsSpeechVerb(v))
            {
                continue;
            }

            var verb = reader.Lower(v);
            if (verb.EndsWith("ing", StringComparison.Ordinal))
            {
                // "X commented on the talks, saying “…”": the speaker is the clause's subject
                return reader.Read(sentenceStart, v);
            }

            // the subject before the verb, across an appositive or a relative clause ("Johnson, who dodged …, said")
            var start = v;
            var commas = 0;
            while (start > sentenceStart && v - start < 3 * MaxSpeakerTokens)
            {
                var w = reader.Lower(start - 1);
                if (w is "." or ";" or ":" or "“" or "”" or "\"" or "that")
                {
                    break;
                }

                if (w == "," && ++commas > 2)
                {
                    break;
                }

                start--;
            }

            var end = v;
            for (var k = start + 1; k < v; k++)
            {
                if (reader.Lower(k) is "who" or "which" && reader.Lower(k - 1) == ",")
                {
                    end = k - 1;
                    break;
                }
            }

            // "Johnson, who dodged questions on …, said": the name the relative clause hangs on
            if (RelativeSubject(reader, sentenceStart, v) is { } relative)
            {
                return relative;
            }

            // the words right before the verb ("In an interview with Tass, the minister said", "which, he says,")
            var segment = v;
            while (segment > start && reader.Lower(segment - 1) != ",")
            {
                segment--;
            }

            if (segment > start && segment < v && reader.Read(segment, v, nearestToEnd: true) is { } subject)
            {
                return subject;
            }

            return reader.Read(start, end, nearestToEnd: true) ?? reader.Read(sentenceStart, v, nearestToEnd: true);
        }

        // a phrase quoted inside a sentence ("described it as a “rare moment of truth”"): the sentence's subject, after a
        // fronted phrase ("At his press conference with Niinistö in Helsinki, Johnson confirmed …: “…”")
        // "According to him, these people are taken to replenish the “exchange fund”": the source named after "according to"
        if (reader.Lower(sentenceStart) == "according" && sentenceStart + 2 < openTok && reader.Lower(sentenceStart + 1) == "to"
            && reader.Read(sentenceStart + 2, NounPhraseEnd(reader, sentenceStart + 2, openTok)) is { } source)
        {
            return source;
        }

        var subjectStart = sentenceStart;
        if (FrontedPhrase.Contains(reader.Lower(sentenceStart)))
        {
            for (var k = sentenceStart + 1; k < openTok - 1; k++)
            {
                if (reader.Lower(k) == ",")
                {
                    subjectStart = k + 1;
                    break;
                }
            }
        }

        return openTok - subjectStart > 1 ? reader.Read(subjectStart, openTok) : null;
    }

    /// <summary>A person named at the start of the sentence and followed by ", who" or ", whose" when the verb comes after the
    /// relative clause; null otherwise.</summary>
    private static (string, TextSpan)? RelativeSubject(SpeakerReader reader, int sentenceStart, int verb)
    {
        for (var k = sentenceStart + 1; k + 1 < verb; k++)
        {
            if (reader.Lower(k) == "," && reader.Lower(k + 1) is "who" or "whose" && reader.IsCapitalized(k - 1))
            {
                var start = k - 1;
                while (start > sentenceStart && k - start < 5 && reader.IsCapitalized(start - 1))
                {
                    start--;
                }

                return reader.ReadPerson(start, k);
            }
        }

        return null;
    }

    private static int NounPhraseEnd(SpeakerReader reader, int from, int end)
    {
        var k = from;
        while (k < end && k - from < MaxSpeakerTokens && reader.Lower(k) is not ("," or "." or ";" or ":" or "who" or "in" or "on" or "at"
            or "during" or "after" or "when" or "as" or "while" or "and" or "to" or "“" or "\"" or "(" or "—" or "–"))
        {
            k++;
        }

        return k;
    }

    private void AddReported(Document document, SpeakerReader reader, HashSet<int> quotedSentences, List<Quote> quotes)
    {
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            if (quotedSentences.Contains(s))
            {
                continue;
            }

            var sent = document.Sentences[s];
            for (var v = sent.FirstToken + 1; v < sent.EndToken - 2; v++)
            {
                var t = document.Tokens[v];
                if (t.Kind != TokenKind.Word || t.Length > 16 || !IsReportingVerb(document.Text.AsSpan(t.Start, t.Length)))
                {
                    continue;
                }

                var next = reader.Lower(v + 1);
                var content = next == "that" ? v + 2 : next is "he" or "she" or "they" or "it" or "we" or "russia" or "ukraine" ? v + 1 : -1;
                if (content < 0)
                {
                    continue;
                }

                var end = sent.EndToken;
                while (end > content && document.Tokens[end - 1].Kind is TokenKind.Punctuation)
                {
                    end--;
                }

                if (end - content < 3)
                {
                    continue;
                }

                var start = v;
                while (start > sent.FirstToken && v - start < MaxSpeakerTokens && reader.Lower(start - 1) is not ("," or ";" or ":" or "that"))
                {
                    start--;
                }

                var speaker = reader.Read(start, v);
                quotes.Add(new Quote(new TextSpan(document.Tokens[content].Start, document.Tokens[end - 1].End), QuoteKind.Reported)
                {
                    Speaker = speaker?.Name,
                    SpeakerSpan = speaker?.Span,
                });
                break;
            }
        }
    }

    private bool IsReportingVerb(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Lexicon.SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var reported) && reported;
    }

    internal static int TokenAt(Token[] tokens, int offset)
    {
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else if (tokens[mid].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    internal static int SentenceOf(Document document, int offset)
    {
        var sentences = document.Sentences;
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].Span.End <= offset)
            {
                lo = mid + 1;
            }
            else if (sentences[mid].Span.Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
