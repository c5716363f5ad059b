using Sitrep.Core.Model;

namespace Sitrep.Extract.Events;

/// <summary>
/// The word tokens of a sentence, each lower-cased (invariant) into a caller's buffer, for the pre-filter scans that
/// ask "does some word of this sentence hit this set". Allocation-free: <c>foreach (var w in new LowerWords(doc,
/// sentence, stackalloc char[32]))</c>. Words longer than the buffer are skipped (no trigger or cue word is that long).
/// </summary>
internal ref struct LowerWords
{
    private readonly string _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly Span<char> _buffer;
    private int _next;

    public LowerWords(Document document, in Sentence sentence, Span<char> buffer)
    {
        _text = document.Text;
        _tokens = document.TokensOf(sentence);
        _buffer = buffer;
        _next = 0;
        Current = default;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly LowerWords GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_next < _tokens.Length)
        {
            var t = _tokens[_next++];
            if (t.Kind != TokenKind.Word || t.Length > _buffer.Length)
            {
                continue;
            }

            var lower = _buffer[..t.Length];
            _text.AsSpan(t.Start, t.Length).ToLowerInvariant(lower);
            Current = lower;
            return true;
        }

        return false;
    }
}
