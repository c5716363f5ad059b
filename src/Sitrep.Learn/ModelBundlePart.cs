namespace Sitrep.Learn;

/// <summary>Where one part of a model bundle lies in its stream: byte offset and length.</summary>
public readonly record struct ModelBundlePart(long Offset, int Length);
