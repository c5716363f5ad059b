using Sitrep.Core.Articles;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Tests;

/// <summary>Hand-annotated news articles: real-looking text with layers built from exact substrings.</summary>
public static class NewsFixtures
{
    public static readonly string[] Stages = ["normalize@1", "tokenize@1", "events@1"];

    public const string SumyText =
        "A Russian ballistic missile strike on the centre of Sumy on Sunday killed at least 35 people and injured 117, "
        + "Ukrainian officials said. \"This is a deliberate attack on civilians,\" President Volodymyr Zelenskiy said in a statement. "
        + "Moscow said it had targeted a meeting of military commanders.";

    public const string WitkoffText =
        "US envoy Steve Witkoff will meet Russian President Vladimir Putin in St Petersburg on Friday, the Kremlin said. "
        + "The talks are expected to focus on a ceasefire in Ukraine.";

    public const string TbilisiText =
        "Tens of thousands of protesters marched through Tbilisi throughout March, demanding new elections. "
        + "Police used water cannon against demonstrators outside parliament.";

    public const string SanctionsText =
        "The European Union adopted a new package of sanctions against Russian energy companies, diplomats said. "
        + "Hungary had delayed the measures for weeks.";

    public static TextSpan Find(string text, string surface, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(surface, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"'{surface}' not in text");
            }
        }

        return new TextSpan(at, at + surface.Length);
    }

    public static Sentence[] Sentences(string text)
    {
        var list = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                list.Add(new Sentence(new TextSpan(start, i + 1), 0, 0));
                start = i + 2;
            }
        }

        return [.. list];
    }

    public static Document Doc(string id, string text, string date, string? title = null, string? hash = null)
    {
        var doc = new Document(id, text, new PublicationDate(DateOnly.ParseExact(date, "yyyy-MM-dd")), new SourceRef("fixtures.jsonl", 1, id))
        {
            Title = title,
            Source = "Sitrep Wire",
            Url = "https://example.org/" + id,
            ContentHash = hash ?? "hash-" + id,
        };
        doc.SetSentences(Sentences(text));
        return doc;
    }

    public static EventParticipant Who(string text, string surface, string? canonical, string? country) =>
        new(surface, Find(text, surface)) { Canonical = canonical, Country = country };

    /// <summary>Missile strike on Sumy, 2025-04-13, with every layer filled.</summary>
    public static Document Sumy(string id = "sumy")
    {
        var t = SumyText;
        var doc = Doc(id, t, "2025-04-14", "Russian missile strike on Sumy kills at least 35");
        doc.SetEntities([
            new Mention(Find(t, "Russian"), EntityType.NORP) { Canonical = "Russia", Country = "RUS" },
            new Mention(Find(t, "Sumy"), EntityType.GPE)
            {
                Canonical = "Sumy", Country = "UKR", Geo = new GeoRef("Sumy", "UKR", 50.91, 34.80, "geonames:692194"),
            },
            new Mention(Find(t, "Volodymyr Zelenskiy"), EntityType.PERSON)
            {
                Canonical = "Volodymyr Zelensky", Role = "President", Country = "UKR",
            },
            new Mention(Find(t, "Moscow"), EntityType.GPE) { Canonical = "Russia", Country = "RUS" },
        ]);
        doc.SetTimexes([new TimeExpression(Find(t, "Sunday"), TimexType.DATE, "2025-04-13")]);
        doc.SetQuotes([
            new Quote(Find(t, "This is a deliberate attack on civilians,"), QuoteKind.Direct)
            {
                Speaker = "Volodymyr Zelensky", SpeakerSpan = Find(t, "Volodymyr Zelenskiy"),
            },
        ]);
        var sentences = doc.Sentences;
        doc.SetEvents([
            new Event(id + "#0", PloverType.ASSAULT, EventStatus.Occurred, Find(t, "missile strike"))
            {
                Mode = "missile",
                Evidence = [sentences[0].Span, sentences[2].Span],
                Actors = [Who(t, "Russian", "Russia", "RUS")],
                Recipients = [Who(t, "Ukrainian officials", "Ukraine", "UKR")],
                Date = new EventDate("2025-04-13", "day", Find(t, "Sunday")),
                Location = new EventLocation("Sumy", "UKR", 50.91, 34.80, "geonames:692194", "city", Find(t, "Sumy")),
                Killed = new Casualties(35, null, Find(t, "at least 35")),
                Injured = new Casualties(117, 117, Find(t, "117")),
                Codes = new EventCodes("195", "Explosions/Remote violence"),
                Confidence = 0.87,
                Provenance = new Provenance("events@1", "assault.missile-strike"),
            },
            new Event(id + "#1", PloverType.ACCUSE, EventStatus.Claimed, Find(t, "deliberate attack"))
            {
                Evidence = [sentences[1].Span],
                Actors = [Who(t, "Volodymyr Zelenskiy", "Volodymyr Zelensky", "UKR")],
                Recipients = [Who(t, "Moscow", "Russia", "RUS")],
                Confidence = 0.6,
            },
        ]);
        return doc;
    }

    /// <summary>A planned meeting in St Petersburg on 2025-04-18.</summary>
    public static Document Witkoff(string id = "witkoff")
    {
        var t = WitkoffText;
        var doc = Doc(id, t, "2025-04-17", "Witkoff to meet Putin in St Petersburg");
        doc.SetEvents([
            new Event(id + "#0", PloverType.CONSULT, EventStatus.Planned, Find(t, "meet"))
            {
                Mode = "visit",
                Evidence = [doc.Sentences[0].Span],
                Actors = [Who(t, "Steve Witkoff", "Steve Witkoff", "USA")],
                Recipients = [Who(t, "Vladimir Putin", "Vladimir Putin", "RUS")],
                Date = new EventDate("2025-04-18", "day", Find(t, "Friday")),
                Location = new EventLocation("Saint Petersburg", "RUS", 59.94, 30.31, "geonames:498817", "city", Find(t, "St Petersburg")),
                Confidence = 0.8,
            },
        ]);
        return doc;
    }

    /// <summary>Month-long protests in Tbilisi: a month-precision date ("2025-03").</summary>
    public static Document Tbilisi(string id = "tbilisi")
    {
        var t = TbilisiText;
        var doc = Doc(id, t, "2025-04-02", "Georgians keep marching");
        doc.SetEvents([
            new Event(id + "#0", PloverType.PROTEST, EventStatus.Ongoing, Find(t, "marched"))
            {
                Evidence = [doc.Sentences[0].Span],
                Actors = [Who(t, "protesters", null, "GEO")],
                Date = new EventDate("2025-03", "month", Find(t, "throughout March")),
                Location = new EventLocation("Tbilisi", "GEO", 41.69, 44.83, "geonames:611717", "city", Find(t, "Tbilisi")),
                Confidence = 0.7,
            },
        ]);
        return doc;
    }

    /// <summary>EU sanctions with no stated date: the event falls on the article date.</summary>
    public static Document Sanctions(string id = "sanctions")
    {
        var t = SanctionsText;
        var doc = Doc(id, t, "2025-04-20", "EU adopts new sanctions");
        doc.SetEvents([
            new Event(id + "#0", PloverType.SANCTION, EventStatus.Occurred, Find(t, "sanctions"))
            {
                Evidence = [doc.Sentences[0].Span],
                Actors = [Who(t, "The European Union", "European Union", null)],
                Recipients = [Who(t, "Russian energy companies", null, "RUS")],
                Confidence = 0.9,
            },
        ]);
        return doc;
    }

    public static Document[] All() => [Sumy(), Witkoff(), Tbilisi(), Sanctions()];
}
