namespace Sitrep.Syntax.Lemmatization;

/// <summary>
/// Lemmatizes a tagged word: the treebank table first (exact form, then lower-cased), then the data rules
/// (exceptions, suffix rules), then the form itself — kept as written for proper nouns (NNP, NNPS), lower-cased
/// otherwise, as UD English-EWT writes lemmas. Immutable and thread-safe.
/// </summary>
public sealed class Lemmatizer(LemmaTable table, LemmaRules rules)
{
    public LemmaTable Table { get; } = table ?? throw new ArgumentNullException(nameof(table));

    public LemmaRules Rules { get; } = rules ?? throw new ArgumentNullException(nameof(rules));

    public string Lemmatize(ReadOnlySpan<char> form, string xpos)
    {
        if (Table.TryGet(form, xpos, out var lemma))
        {
            return lemma;
        }

        var proper = xpos is "NNP" or "NNPS";
        Span<char> lower = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        var changed = false;
        for (var i = 0; i < form.Length; i++)
        {
            lower[i] = char.ToLowerInvariant(form[i]);
            changed |= lower[i] != form[i];
        }

        if (changed && Table.TryGet(lower, xpos, out lemma))
        {
            return lemma;
        }

        if (proper)
        {
            // Proper nouns keep their case: rules see the form as written.
            return Rules.Lemmatize(form, xpos) ?? form.ToString();
        }

        return Rules.Lemmatize(lower, xpos) ?? lower.ToString();
    }
}
