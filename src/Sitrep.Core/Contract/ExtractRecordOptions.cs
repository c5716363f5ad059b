namespace Sitrep.Core.Contract;

/// <summary>What optional parts an extraction record carries.</summary>
public sealed record ExtractRecordOptions
{
    /// <summary>Write the (normalized) article text in the <c>text</c> field.</summary>
    public bool IncludeText { get; init; }

    /// <summary>Write the sentence spans in a <c>sentences</c> field (an addition to the contract).</summary>
    public bool IncludeSentences { get; init; }
}
