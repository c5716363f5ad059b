using Sitrep.Core.Model;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// The working arrays for one sentence: word spans into a text, precomputed word keys, predicted tags, heads and
/// labels. Reused from sentence to sentence by one thread, so tagging and parsing allocate nothing after warm-up.
/// </summary>
public sealed class SentenceBuffer
{
    private int[] _start = [];
    private int[] _length = [];

    public SentenceBuffer(int capacity = 64) => Grow(Math.Max(8, capacity));

    public string Text { get; private set; } = "";

    public int Count { get; private set; }

    /// <summary>Folded word keys (<see cref="WordKeys.Word"/>).</summary>
    public int[] Words { get; private set; } = [];

    /// <summary>Exact-case word keys (<see cref="WordKeys.Exact"/>).</summary>
    public int[] Exact { get; private set; } = [];

    public int[] Shapes { get; private set; } = [];

    /// <summary>Ambiguity classes from the tagger's <see cref="TagLexicon"/>, filled by <see cref="PosTagger.Tag"/>.</summary>
    public int[] Classes { get; private set; } = [];

    /// <summary>Tagger class ids (joint UPOS+XPOS), filled by <see cref="PosTagger.Tag"/>.</summary>
    public int[] Tags { get; private set; } = [];

    /// <summary>Sentence-relative heads (-1 = root), filled by the parser.</summary>
    public int[] Heads { get; private set; } = [];

    /// <summary>Relation ids of the parser model, filled by the parser.</summary>
    public int[] Labels { get; private set; } = [];

    public ReadOnlySpan<char> Form(int i) => Text.AsSpan(_start[i], _length[i]);

    /// <summary>Loads the tokens of one sentence of <paramref name="text"/>.</summary>
    public void Load(string text, ReadOnlySpan<Token> tokens)
    {
        Text = text;
        Count = tokens.Length;
        if (Count > _start.Length)
        {
            Grow(Count * 2);
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            _start[i] = tokens[i].Start;
            _length[i] = tokens[i].End - tokens[i].Start;
        }

        Prepare();
    }

    /// <summary>Loads a sentence given as word forms (CoNLL-U), joining them with spaces.</summary>
    public void Load(IReadOnlyList<string> forms)
    {
        Count = forms.Count;
        if (Count > _start.Length)
        {
            Grow(Count * 2);
        }

        var pos = 0;
        for (var i = 0; i < forms.Count; i++)
        {
            _start[i] = pos;
            _length[i] = forms[i].Length;
            pos += forms[i].Length + 1;
        }

        Text = string.Join(' ', forms);
        Prepare();
    }

    private void Prepare()
    {
        for (var i = 0; i < Count; i++)
        {
            var form = Form(i);
            Words[i] = WordKeys.Word(form);
            Exact[i] = WordKeys.Exact(form);
            Shapes[i] = WordKeys.Shape(form);
            Tags[i] = 0;
            Heads[i] = -1;
            Labels[i] = 0;
        }
    }

    private void Grow(int capacity)
    {
        _start = new int[capacity];
        _length = new int[capacity];
        Words = new int[capacity];
        Exact = new int[capacity];
        Shapes = new int[capacity];
        Classes = new int[capacity];
        Tags = new int[capacity];
        Heads = new int[capacity];
        Labels = new int[capacity];
    }
}
