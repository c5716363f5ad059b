using System.Text.Json;
using Sitrep.Core.Articles;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;

namespace Sitrep.Core.Tests;

/// <summary>The quote → event link in the extract record: "event" (the event's id) and "event_basis", absent when unlinked.</summary>
public sealed class QuoteEventRecordTests
{
    private const string Text = "Kyiv said: “Russia shelled Kharkiv overnight.” Moscow said: “We did not.”";

    [Fact]
    public void A_linked_quote_names_its_event_and_an_unlinked_one_has_no_event_field()
    {
        var doc = new Document("d1", Text, new PublicationDate(new DateOnly(2025, 4, 17)), new SourceRef("f"));
        var shelled = Text.IndexOf("shelled", StringComparison.Ordinal);
        doc.SetEvents([new Event("d1#1", PloverType.ASSAULT, EventStatus.Claimed, new TextSpan(shelled, shelled + 7))]);
        var first = Text.IndexOf("Russia", StringComparison.Ordinal);
        var second = Text.IndexOf("We did", StringComparison.Ordinal);
        doc.SetQuotes([
            new Quote(new TextSpan(first, Text.IndexOf('”', first)), QuoteKind.Direct) { Speaker = "Kyiv", EventId = "d1#1", EventBasis = QuoteEventBasis.Content },
            new Quote(new TextSpan(second, Text.LastIndexOf('”')), QuoteKind.Direct) { Speaker = "Moscow" },
        ]);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, ExtractRecordWriter.JsonLinesOptions))
        {
            ExtractRecordWriter.Write(w, doc, new ExtractRecordOptions());
        }

        var quotes = JsonDocument.Parse(ms.ToArray()).RootElement.GetProperty("quotes");
        Assert.Equal("d1#1", quotes[0].GetProperty("event").GetString());
        Assert.Equal("content", quotes[0].GetProperty("event_basis").GetString());
        Assert.False(quotes[1].TryGetProperty("event", out _));
        Assert.False(quotes[1].TryGetProperty("event_basis", out _));
    }

    [Fact]
    public void Every_basis_has_a_contract_name()
    {
        Assert.Equal(["content", "attribution", "anaphor", "context"], Enum.GetValues<QuoteEventBasis>().Select(ContractNames.QuoteEventBasis));
    }
}
