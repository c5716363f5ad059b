namespace Sitrep.Syntax.Lemmatization;

/// <summary>
/// Lemmatizes a tagged word: the treebank table first (exact form, then lower-cased), then the data rules
/// (exceptions, suffix rules), then the form itself — kept as written for proper nouns (NNP, NNPS; capitalized when written all
/// lower-case), lower-cased otherwise, as UD English-EWT writes lemmas. Addresses keep their form; grouped numbers
/// lose their commas ("1,100" → "1100"). Immutable and thread-safe.
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

        if (xpos is "ADD" or "GW" || form.Contains('@') || form.Contains("://", StringComparison.Ordinal))
        {
            // Addresses, URLs and split e-mail pieces are their own lemma, case kept.
            return form.ToString();
        }

        if (xpos == "CD" && form.Contains(',') && IsGroupedNumber(form))
        {
            return form.ToString().Replace(",", "", StringComparison.Ordinal);
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
            // A capitalized proper noun found only in lower case keeps its capital, as EWT writes it
            // ("Holocaust", "Blogger"; "Breaking" → "Break").
            return proper && char.IsUpper(form[0]) && lemma.Length > 0 && char.IsLower(lemma[0])
                ? string.Concat(char.ToUpperInvariant(lemma[0]).ToString(), lemma.AsSpan(1))
                : lemma;
        }

        if (proper)
        {
            // Proper nouns keep their case: rules see the form as written.
            // Names written in lower case ("asia", "san francisco") are lemmatized capitalized, as EWT does.
            var name = Rules.Lemmatize(form, xpos) ?? form.ToString();
            return char.IsLower(name[0]) && !changed ? string.Concat(char.ToUpperInvariant(name[0]).ToString(), name.AsSpan(1)) : name;
        }

        return Rules.Lemmatize(lower, xpos) ?? lower.ToString();
    }

    private static bool IsGroupedNumber(ReadOnlySpan<char> form)
    {
        foreach (var c in form)
        {
            if (c is not (>= '0' and <= '9') and not ',' and not '.')
            {
                return false;
            }
        }

        return char.IsDigit(form[^1]);
    }
}
