using Sitrep.Syntax.Parsing;

namespace Sitrep.Syntax.Training;

/// <summary>Settings of <see cref="SyntaxTrainer"/>; the defaults produced the shipped model.</summary>
public sealed record SyntaxTrainingOptions
{
    public int TaggerEpochs { get; init; } = 10;

    public int ParserEpochs { get; init; } = 12;

    public int Seed { get; init; } = 1;

    /// <summary>Folds for jackknifed training tags (0 = tag the training set with the final tagger).</summary>
    public int JackknifeFolds { get; init; } = 3;

    /// <summary>Averaged weights below this magnitude are dropped from the saved models.</summary>
    public float Prune { get; init; } = 0.05f;

    /// <summary>Probability of following the model's own (possibly wrong) transition from the second epoch on.</summary>
    public double Explore { get; init; } = 0.9;

    /// <summary>The parser's feature templates.</summary>
    public ParserFeatureSet ParserFeatures { get; init; } = ParserFeatureSet.Full;

    /// <summary>Parser features seen fewer times than this on the oracle paths of the training set get no weights.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>
    /// A trained bundle whose tagger, tag lexicon and lemma table are kept as they are (only the parser is trained; the
    /// jackknife taggers are still trained when <see cref="JackknifeFolds"/> &gt; 1). Null = train everything.
    /// </summary>
    public Stream? TaggerBundle { get; init; }

    /// <summary>
    /// A file for the parser's training tags: read when it exists and matches (same tagger labels, sentence count,
    /// folds and seed), otherwise computed and written. Saves the jackknife when only the parser changes. Null = none.
    /// </summary>
    public string? TagsCache { get; init; }

    /// <summary>
    /// Hand-parsed sentences of another genre (news, <see cref="NewsTagsReader"/> on tests/gold/syntax-news-trees.tsv) added
    /// to the parser's training set, tagged by the final tagger (the tags the pipeline gives them). Null = none.
    /// </summary>
    public IReadOnlyList<Conllu.ConlluSentence>? NewsTrees { get; init; }

    /// <summary>Times each of <see cref="NewsTrees"/> is used per parser epoch.</summary>
    public int NewsWeight { get; init; } = 3;
}
