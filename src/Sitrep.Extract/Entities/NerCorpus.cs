using Sitrep.Learn.Sequence;

namespace Sitrep.Extract.Entities;

/// <summary>
/// CoNLL sentences from one corpus, with the domain whose conventions they follow ("conll", "gmb"). An empty domain
/// trains shared weights only (a single-corpus model); named domains get their own feature twins.
/// </summary>
public sealed record NerCorpus(string Domain, IReadOnlyList<ConllSentence> Sentences)
{
    /// <summary>Parses "DOMAIN=PATH" (or a bare PATH, domain ""): the domain is a lower-case word.</summary>
    public static (string Domain, string Path) ParseSpec(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var eq = spec.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || spec.AsSpan(0, eq).ContainsAnyExceptInRange('a', 'z'))
        {
            return ("", spec);
        }

        return (spec[..eq], spec[(eq + 1)..]);
    }
}
