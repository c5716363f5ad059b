namespace Sitrep.Learn.Sequence;

/// <summary>Counts for one entity type (or the micro total): gold chunks, predicted chunks, exact matches.</summary>
public sealed record SpanScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
