namespace Sitrep.Extract.Entities;

/// <summary>Feature template ids of the NER model. Changing one changes the model: bump <see cref="FeatureSet"/>.</summary>
internal static class NerTemplates
{
    public const string FeatureSet = "ner-features-2";

    public const int Bias = 1;
    public const int Word = 2;
    public const int Lower = 3;
    public const int Prefix = 4; // + length 1..4
    public const int Suffix = 8; // + length 1..4
    public const int Shape = 12;
    public const int LongShape = 13;
    public const int LowerPrev = 14;
    public const int LowerNext = 15;
    public const int LowerPrev2 = 16;
    public const int LowerNext2 = 17;
    public const int ShapePrevCur = 18;
    public const int ShapeCurNext = 19;
    public const int BigramPrev = 20;
    public const int BigramNext = 21;
    public const int FirstShape = 22;
    public const int Lex = 23;
    public const int LexPrev = 24;
    public const int LexNext = 25;
    public const int CapsSentence = 26;
    public const int ShapePrev = 27;
    public const int ShapeNext = 28;
    public const int Cluster = 29; // + prefix length index 0..3
    public const int ClusterPrev = 33;
    public const int ClusterNext = 34;
    public const int DocCapitalized = 35;
    public const int ShapeTriple = 36;
    public const int Domain = 37; // conjoined with every key of a domain-adapted model (NerDomains)
    public const int Transition = 100;
}
