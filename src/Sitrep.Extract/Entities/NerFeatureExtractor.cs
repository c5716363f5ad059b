using Sitrep.Core.Model;
using Sitrep.Learn;

namespace Sitrep.Extract.Entities;

/// <summary>
/// The NER model's features for one token of a sentence: the word and its lower-case form, prefixes and suffixes,
/// word shapes, neighbouring words and shapes, sentence position, all-caps headlines, and gazetteer membership (with
/// begin/inside position) of the token and its neighbours. Keys are hashed from the text in place (no strings).
/// </summary>
public sealed class NerFeatureExtractor(NerGazetteer gazetteer)
{
    private const int ShapeMax = 12;

    public NerGazetteer Gazetteer { get; } = gazetteer;

    /// <summary>Computes the per-token keys of a sentence; call before <see cref="Extract"/>.</summary>
    public void Prepare(string text, ReadOnlySpan<Token> tokens, NerWorkspace ws)
    {
        ws.Ensure(tokens.Length);
        Span<char> shape = stackalloc char[ShapeMax];
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            ws.LowerKeys[i] = FeatureHash.OfLower(NerTemplates.Lower, word);
            var n = ShortShape(word, shape);
            ws.ShapeKeys[i] = FeatureHash.Of(NerTemplates.Shape, shape[..n]);
        }

        Gazetteer.Match(ws.LowerKeys.AsSpan(0, tokens.Length), ws.LexBegin, ws.LexInside);
    }

    /// <summary>
    /// Fills <see cref="NerWorkspace.Features"/> with token <paramref name="i"/>'s keys, plus a copy of each conjoined
    /// with the corpus domain when <paramref name="domain"/> is not 0 (see <see cref="AddDomainCopies"/>).
    /// </summary>
    public void Extract(string text, ReadOnlySpan<Token> tokens, int i, bool capsSentence, NerWorkspace ws, int domain = 0)
    {
        ws.Features.Clear();
        ExtractWord(text.AsSpan(tokens[i].Start, tokens[i].Length), ws.Features);
        ExtractContext(tokens.Length, i, capsSentence, ws);
        AddDomainCopies(ws.Features, 0, domain);
    }

    /// <summary>
    /// "Frustratingly easy" domain adaptation (Daumé III 2007): every key from index <paramref name="from"/> on gets a
    /// twin conjoined with the domain, so shared weights learn what corpora agree on and the twins learn each corpus's
    /// own conventions (GMB keeps titles inside PER spans, CoNLL leaves them out). Domain 0 adds nothing.
    /// </summary>
    public static void AddDomainCopies(FeatureBuffer f, int from, int domain)
    {
        if (domain == 0)
        {
            return;
        }

        var n = f.Count;
        for (var k = from; k < n; k++)
        {
            f.Add(FeatureHash.Combine(f.Keys[k], NerTemplates.Domain, domain));
        }
    }

    /// <summary>The features of the word alone (the same wherever it occurs, so scores can be cached per word).</summary>
    public static void ExtractWord(ReadOnlySpan<char> word, FeatureBuffer f)
    {
        f.Add(FeatureHash.Of(NerTemplates.Word, word));
        f.Add(FeatureHash.OfLower(NerTemplates.Lower, word));
        for (var k = 1; k <= 4 && k < word.Length; k++)
        {
            f.Add(FeatureHash.OfLower(NerTemplates.Prefix + k - 1, word[..k]));
            f.Add(FeatureHash.OfLower(NerTemplates.Suffix + k - 1, word[^k..]));
        }

        Span<char> buffer = stackalloc char[ShapeMax];
        var n = ShortShape(word, buffer);
        f.Add(FeatureHash.Of(NerTemplates.Shape, buffer[..n]));
        n = LongShape(word, buffer);
        f.Add(FeatureHash.Of(NerTemplates.LongShape, buffer[..n]));
    }

    /// <summary>Adds the features of token <paramref name="i"/>'s context (neighbours, position, gazetteer marks).</summary>
    public void ExtractContext(int n, int i, bool capsSentence, NerWorkspace ws)
    {
        var f = ws.Features;
        var lower = ws.LowerKeys;
        var shape = ws.ShapeKeys;
        f.Add(FeatureHash.Of(NerTemplates.Bias, 0));
        var prevLower = i > 0 ? lower[i - 1] : 1UL;
        var nextLower = i + 1 < n ? lower[i + 1] : 2UL;
        var prevShape = i > 0 ? shape[i - 1] : 1UL;
        var nextShape = i + 1 < n ? shape[i + 1] : 2UL;
        f.Add(Tag(NerTemplates.LowerPrev, prevLower));
        f.Add(Tag(NerTemplates.LowerNext, nextLower));
        f.Add(Tag(NerTemplates.LowerPrev2, i > 1 ? lower[i - 2] : 1UL));
        f.Add(Tag(NerTemplates.LowerNext2, i + 2 < n ? lower[i + 2] : 2UL));
        f.Add(Tag(NerTemplates.ShapePrev, prevShape));
        f.Add(Tag(NerTemplates.ShapeNext, nextShape));
        f.Add(Pair(NerTemplates.ShapePrevCur, prevShape, shape[i]));
        f.Add(Pair(NerTemplates.ShapeCurNext, shape[i], nextShape));
        f.Add(Pair(NerTemplates.ShapeTriple, Pair(0, prevShape, shape[i]), nextShape));
        f.Add(Pair(NerTemplates.BigramPrev, prevLower, lower[i]));
        f.Add(Pair(NerTemplates.BigramNext, lower[i], nextLower));
        if (i == 0)
        {
            f.Add(Tag(NerTemplates.FirstShape, shape[i]));
        }

        if (capsSentence)
        {
            f.Add(Tag(NerTemplates.CapsSentence, shape[i]));
            f.Add(Tag(NerTemplates.CapsSentence, lower[i]));
        }

        AddLex(f, NerTemplates.Lex, ws.LexBegin[i], ws.LexInside[i]);
        if (i > 0)
        {
            AddLex(f, NerTemplates.LexPrev, ws.LexBegin[i - 1], ws.LexInside[i - 1]);
        }

        if (i + 1 < n)
        {
            AddLex(f, NerTemplates.LexNext, ws.LexBegin[i + 1], ws.LexInside[i + 1]);
        }
    }

    /// <summary>True when no token has a lower-case letter and some have upper-case ones (a headline or dateline).</summary>
    public static bool IsCapsSentence(string text, ReadOnlySpan<Token> tokens)
    {
        var upperWords = 0;
        foreach (var t in tokens)
        {
            var w = text.AsSpan(t.Start, t.Length);
            foreach (var c in w)
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            if (w.Length > 1 && char.IsUpper(w[0]))
            {
                upperWords++;
            }
        }

        return upperWords >= 2;
    }

    /// <summary>X for upper, x for lower, d for digit, the char itself otherwise; repeats collapsed ("Xx", "X.X.", "d-d").</summary>
    public static int ShortShape(ReadOnlySpan<char> word, Span<char> shape)
    {
        var n = 0;
        foreach (var c in word)
        {
            var s = ShapeOf(c);
            if (n > 0 && shape[n - 1] == s)
            {
                continue;
            }

            if (n == shape.Length)
            {
                break;
            }

            shape[n++] = s;
        }

        return n;
    }

    private static int LongShape(ReadOnlySpan<char> word, Span<char> shape)
    {
        // The first four and last two characters' classes plus a length bucket: "Xxxx..xx5", "dddd4".
        var n = 0;
        for (var i = 0; i < word.Length && n < 4; i++)
        {
            shape[n++] = ShapeOf(word[i]);
        }

        for (var i = Math.Max(4, word.Length - 2); i < word.Length; i++)
        {
            shape[n++] = ShapeOf(word[i]);
        }

        shape[n++] = (char)('0' + Math.Min(word.Length, 9));
        return n;
    }

    private static char ShapeOf(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c is '\u2019' ? '\'' : c;

    private static void AddLex(FeatureBuffer f, int template, int begin, int inside)
    {
        for (var bits = begin | inside; bits != 0; bits &= bits - 1)
        {
            var category = System.Numerics.BitOperations.TrailingZeroCount(bits);
            var position = (begin >> category & 1) != 0 ? 1 : 2;
            f.Add(FeatureHash.Of(template, category, position));
        }
    }

    private static ulong Tag(int template, ulong key) => FeatureHash.Combine(key, template, -template);

    private static ulong Pair(int template, ulong a, ulong b) =>
        FeatureHash.Combine(FeatureHash.Combine(a, template), (int)b, (int)(b >> 32));
}
