namespace Sitrep.Extract.Dates.Evaluation;

/// <summary>
/// TempEval-3 Task A counts and figures. Relaxed matches are one-to-one pairs of overlapping gold and system timexes;
/// strict ones have the same extent. Type and value accuracy are over relaxed matches; type F1 and value F1 are the
/// relaxed F1 times that accuracy.
/// </summary>
public sealed record TimexScore(int Documents, int Gold, int System, int StrictMatches, int RelaxedMatches, int TypeCorrect, int ValueCorrect)
{
    public double StrictPrecision => Ratio(StrictMatches, System);

    public double StrictRecall => Ratio(StrictMatches, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Ratio(RelaxedMatches, System);

    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);

    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    public double TypeF1 => RelaxedF1 * TypeAccuracy;

    public double ValueF1 => RelaxedF1 * ValueAccuracy;

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
