using Sitrep.Core.Model;

namespace Sitrep.Extract.Tests;

/// <summary>One assault per place for a plural assault noun over a list of geocoded places (PlaceSplitter), the places given by hand.</summary>
public sealed class PlaceSplitterTests
{
    private static Document Run(string text, params string[] places)
    {
        var doc = TestDocs.Tokenized(text);
        var mentions = new List<Mention>();
        foreach (var p in places)
        {
            var at = text.IndexOf(p, StringComparison.Ordinal);
            mentions.Add(new Mention(new TextSpan(at, at + p.Length), EntityType.GPE) { Canonical = p, Country = "UKR", Geo = new GeoRef(p, "UKR", 50, 30, p) });
        }

        doc.SetEntities(mentions);
        doc.SetQuotes(TestDocs.QuoteFinder.Find(doc));
        doc.SetEvents(TestDocs.Extractor.Extract(doc));
        return doc;
    }

    [Fact]
    public void Battles_for_a_list_of_places_are_one_assault_per_place()
    {
        var doc = Run("Soldiers were wounded in battles for Kharkiv, Chernihiv and Hostomel.", "Kharkiv", "Chernihiv", "Hostomel");
        var names = doc.Events.Where(e => e.Type == PloverType.ASSAULT).Select(e => e.Location?.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Chernihiv", "Hostomel", "Kharkiv"], names);
    }

    [Fact]
    public void Strikes_on_a_target_placed_by_a_list_are_one_assault_per_place()
    {
        var doc = Run("Russian aircraft carried out air strikes on military and civilian infrastructure in Kyiv and Zhytomyr.", "Kyiv", "Zhytomyr");
        var names = doc.Events.Where(e => e.Type == PloverType.ASSAULT).Select(e => e.Location?.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Kyiv", "Zhytomyr"], names);
    }

    [Fact]
    public void A_list_after_a_clause_boundary_is_not_the_target_place()
    {
        var doc = Run("Russia launched air strikes on military infrastructure, while officials in Kyiv and Zhytomyr urged calm.", "Kyiv", "Zhytomyr");
        Assert.Single(doc.Events, e => e.Type == PloverType.ASSAULT);
    }
}
