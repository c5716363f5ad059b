namespace Sitrep.Extract.Evaluation;

/// <summary>True/false positive and false negative counts with P/R/F1, or correct/total for an accuracy.</summary>
public sealed class Tally
{
    public int Tp { get; set; }

    public int Fp { get; set; }

    public int Fn { get; set; }

    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>As an accuracy: <see cref="Tp"/> correct of <see cref="Tp"/> + <see cref="Fn"/>.</summary>
    public double Accuracy => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    public void Hit(bool correct)
    {
        if (correct)
        {
            Tp++;
        }
        else
        {
            Fn++;
        }
    }
}
