using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Text.Documents;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Normalization;
using Sitrep.Text.Stages;

namespace Sitrep.Cli.Hosting;

/// <summary>
/// Runs read results through normalization and the pipeline on several threads, yielding outcomes in input order.
/// A record whose processing throws becomes a <see cref="RejectReason.ProcessingFailed"/> rejection; the run goes on.
/// </summary>
public sealed class ExtractionEngine
{
    private readonly Pipeline _pipeline;
    private readonly DocumentFactory _documents;

    public ExtractionEngine(Pipeline pipeline, DocumentFactory documents)
    {
        _pipeline = pipeline;
        _documents = documents;
    }

    public Pipeline Pipeline => _pipeline;

    /// <param name="input">Reader output, in order.</param>
    /// <param name="threads">Worker threads (1 runs on the calling thread).</param>
    /// <param name="skip">Optional test on the normalized document, run before the pipeline: true skips it (already stored).</param>
    public IEnumerable<ExtractOutcome> Run(IEnumerable<ReadResult> input, int threads, Func<Document, bool>? skip, CancellationToken cancellationToken)
    {
        return OrderedParallel.Select(input, r => Process(r, skip), threads, threads * 16, cancellationToken);
    }

    private ExtractOutcome Process(ReadResult result, Func<Document, bool>? skip)
    {
        if (result is not ArticleRead read)
        {
            return new ExtractOutcome(result, null, result as RecordRejected);
        }

        try
        {
            var doc = _documents.Create(read.Article);
            if (skip is not null && skip(doc))
            {
                return new ExtractOutcome(result, doc, null, Skipped: true);
            }

            _pipeline.Process(doc);
            return new ExtractOutcome(result, doc, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var origin = read.Article.Origin with { RecordId = read.Article.Id ?? read.Article.Origin.RecordId };
            return new ExtractOutcome(result, null, new RecordRejected(origin, RejectReason.ProcessingFailed, ex.GetType().Name + ": " + ex.Message));
        }
    }
}
