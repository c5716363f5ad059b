using Sitrep.Core.Model;

namespace Sitrep.Core.Pipeline;

/// <summary>
/// One step of the pipeline. A stage is pure: it reads the document and writes only the layers it declares in
/// <see cref="Produces"/>, with no I/O, clock or randomness, and it is safe to call from several threads at once.
/// </summary>
public interface IStage
{
    /// <summary>Stable name, e.g. <c>text.tokens</c>.</summary>
    string Name { get; }

    /// <summary>Version, bumped whenever the stage's output for the same input may change.</summary>
    string Version { get; }

    Layer Requires { get; }

    Layer Produces { get; }

    void Process(Document document);
}
