namespace Sitrep.Ingest.Formats;

/// <summary>The fields of one RSS item or Atom entry as read, before validation.</summary>
internal sealed class FeedItem
{
    public long Line { get; set; }

    public string? Id { get; set; }

    public string? Link { get; set; }

    public string? Title { get; set; }

    /// <summary>pubDate, published or dc:date.</summary>
    public string? Published { get; set; }

    public string? Updated { get; set; }

    /// <summary>The best body so far and its rank (content:encoded 4, content 3, description 2, summary 1).</summary>
    public string? Body { get; set; }

    public int BodyRank { get; set; }

    public bool TooLarge { get; set; }

    public void OfferBody(string? value, int rank)
    {
        if (!string.IsNullOrWhiteSpace(value) && rank > BodyRank)
        {
            (Body, BodyRank) = (value, rank);
        }
    }
}
