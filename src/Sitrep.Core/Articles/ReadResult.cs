namespace Sitrep.Core.Articles;

/// <summary>What a reader yields, in input order: an article, a rejected record, or a warning about a record it still read.</summary>
public abstract record ReadResult(SourceRef Origin);

public sealed record ArticleRead(RawArticle Article) : ReadResult(Article.Origin);

public sealed record RecordRejected(SourceRef Origin, RejectReason Reason, string Message) : ReadResult(Origin);

public sealed record ReadWarning(SourceRef Origin, string Code, string Message) : ReadResult(Origin);
