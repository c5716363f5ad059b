using Sitrep.Core.Articles;

namespace Sitrep.Ingest.Tests;

/// <summary>Shortcuts for reading inputs in tests.</summary>
internal static class Read
{
    public static List<ReadResult> All(string input, ReaderOptions? options = null)
        => ArticleSource.Read([input], options ?? ReaderOptions.Default, TestContext.Current.CancellationToken).ToList();

    public static List<RawArticle> Articles(this IEnumerable<ReadResult> results)
        => results.OfType<ArticleRead>().Select(a => a.Article).ToList();

    public static List<RecordRejected> Rejects(this IEnumerable<ReadResult> results)
        => results.OfType<RecordRejected>().ToList();

    public static List<ReadWarning> Warnings(this IEnumerable<ReadResult> results)
        => results.OfType<ReadWarning>().ToList();
}
