namespace Sitrep.Core.Model;

public enum QuoteKind
{
    /// <summary>Words in quotation marks.</summary>
    Direct,

    /// <summary>Reported speech: the content span of "X said that …".</summary>
    Reported,
}
