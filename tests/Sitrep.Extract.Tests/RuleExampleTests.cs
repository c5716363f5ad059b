using Sitrep.Core.Model;
using Sitrep.Extract.Casualties;
using Sitrep.Extract.Events;
using Sitrep.Extract.Quotes;
using Sitrep.Extract.Resources;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Tests;

/// <summary>Every row of every resource file under resources/en/{events,quotes,casualties} carries an example that runs here.</summary>
public sealed class RuleExampleTests
{
    public static TheoryData<string, string> Triggers() => Data(TestDocs.Events.Triggers.Select(t => (t.Id, t.Example)));

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Trigger_example_yields_an_event_of_its_type(string id, string example)
    {
        var rule = TestDocs.Events.Triggers.Single(t => t.Id == id);
        var doc = TestDocs.WithQuotesAndEvents(example);
        Assert.Contains(doc.Events, e => e.Type == rule.Type);
    }

    public static TheoryData<string, string> StatusCues() =>
        Data(TestDocs.Events.StatusCues.Select(c => (c.Status.ToString() + ":" + string.Join(' ', c.Tokens), c.Example)));

    [Theory]
    [MemberData(nameof(StatusCues))]
    public void Status_cue_example_gets_its_status(string key, string example)
    {
        var status = Enum.Parse<EventStatus>(key[..key.IndexOf(':', StringComparison.Ordinal)]);
        var doc = TestDocs.WithQuotesAndEvents(example);
        Assert.Contains(doc.Events, e => e.Status == status);
    }

    public static TheoryData<string, string> ObliqueRoles() =>
        Data(TestDocs.ObliqueRoles.Rows.Select(r => (r[0] + "|" + r[1] + "|" + r[2], r[3])));

    [Theory]
    [MemberData(nameof(ObliqueRoles))]
    public void Oblique_role_example_fills_the_role_from_the_phrase(string key, string example)
    {
        var parts = key.Split('|');
        var type = Enum.Parse<PloverType>(parts[0]);
        var at = example.IndexOf(" " + parts[1] + " ", StringComparison.Ordinal);
        var doc = TestDocs.WithQuotesAndEvents(example);
        var e = Assert.Single(doc.Events, x => x.Type == type);
        var role = parts[2] == "actor" ? e.Actors : e.Recipients;
        Assert.Contains(role, p => p.Span.Start > at);
    }

    public static TheoryData<string, string> StandingActs() =>
        Data(TestDocs.StandingActs.Rows.Select(r => (r[0], r[1])));

    [Theory]
    [MemberData(nameof(StandingActs))]
    public void Standing_act_example_is_ongoing(string type, string example)
    {
        var doc = TestDocs.WithQuotesAndEvents(example);
        Assert.Contains(doc.Events, e => e.Type == Enum.Parse<PloverType>(type) && e.Status == EventStatus.Ongoing);
    }

    public static TheoryData<string, string> TravelWords() => Data(TestDocs.TravelWords.Rows.Select(r => (r[0], r[1])));

    [Theory]
    [MemberData(nameof(TravelWords))]
    public void Travel_word_example_places_the_talks_at_the_destination(string word, string example)
    {
        Assert.Contains(" " + word + " ", " " + example + " ", StringComparison.Ordinal);
        var doc = TestDocs.WithQuotesAndEvents(example);
        Assert.Contains(doc.Events, e => e.Type == PloverType.CONSULT && e.Location?.Name == "Kyiv");
    }

    public static TheoryData<string, string> TenseWords() => Data(TestDocs.TenseWords.Rows.Select(r => (r[0], r[1])));

    [Theory]
    [MemberData(nameof(TenseWords))]
    public void Tense_word_example_keeps_a_standing_act_from_being_ongoing(string word, string example)
    {
        Assert.Contains(" " + word + " ", " " + example + " ", StringComparison.Ordinal);
        var doc = TestDocs.WithQuotesAndEvents(example);
        Assert.Contains(doc.Events, e => e.Type == PloverType.SANCTION && e.Status != EventStatus.Ongoing);
    }

    public static TheoryData<string, string> ClaimedActs() =>
        Data(TestDocs.ClaimedActs.Rows.Select(r => (r[0], r[1])));

    [Theory]
    [MemberData(nameof(ClaimedActs))]
    public void Claimed_act_example_told_in_a_partys_words_is_claimed(string type, string example)
    {
        var doc = TestDocs.WithQuotesAndEvents(example);
        Assert.Contains(doc.Events, e => e.Type == Enum.Parse<PloverType>(type) && e.Status == EventStatus.Claimed);
    }

    [Fact]
    public void Claimable_act_stated_by_the_article_keeps_its_status()
    {
        // a type outside claimed-acts.tsv, and a quoted phrase rather than a quoted statement
        var expel = TestDocs.WithQuotesAndEvents("Lithuania said that it was expelling the Russian ambassador.");
        Assert.Contains(expel.Events, e => e.Type == PloverType.SANCTION && e.Status != EventStatus.Claimed);
        var phrase = TestDocs.WithQuotesAndEvents("Russian forces launched a “massive missile attack” on Kharkiv on Monday.");
        Assert.Contains(phrase.Events, e => e.Type == PloverType.ASSAULT && e.Status == EventStatus.Occurred);
    }

    public static TheoryData<string, string> Furniture() => Data(TestDocs.Events.Furniture.Select(c => (string.Join(' ', c.Tokens), c.Example)));

    [Theory]
    [MemberData(nameof(Furniture))]
    public void Furniture_example_has_no_event_in_the_headline_and_one_after(string cue, string example)
    {
        var at = example.IndexOf(cue, StringComparison.Ordinal);
        var doc = TestDocs.WithQuotesAndEvents(example);
        Assert.DoesNotContain(doc.Events, e => e.Trigger.Start < at);
        Assert.Contains(doc.Events, e => e.Trigger.Start > at);
    }

    public static TheoryData<string, string> Actors() => Data(TestDocs.Events.Actors.Select(a => (string.Join(' ', a.Tokens) + "=" + a.Canonical, a.Example)));

    [Theory]
    [MemberData(nameof(Actors))]
    public void Actor_name_example_has_the_canonical_actor(string key, string example)
    {
        var canonical = key[(key.IndexOf('=', StringComparison.Ordinal) + 1)..];
        var doc = TestDocs.WithQuotesAndEvents(example);
        Assert.Contains(doc.Events, e => e.Actors.Any(a => a.Canonical == canonical));
    }

    public static TheoryData<string, string> Codes() => Data(TestDocs.Codes.Rows.Select(r => (r[0] + "|" + r[1] + "|" + r[2], r[4])));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_example_gets_its_cameo_code(string key, string example)
    {
        var parts = key.Split('|');
        var doc = TestDocs.WithQuotesAndEvents(example);
        Assert.Contains(doc.Events, e => e.Type.ToString() == parts[0] && e.Codes?.Cameo == parts[2] && (parts[1] == "*" || e.Mode == parts[1]));
    }

    public static TheoryData<string, string> CasualtyRows() => Data(TestDocs.Casualties.Examples.Select(r => (r.File + ":" + r.Line, r.Fields[^1])));

    [Theory]
    [MemberData(nameof(CasualtyRows))]
    public void Casualty_row_example_yields_a_figure(string where, string example)
    {
        var row = TestDocs.Casualties.Examples.Single(r => r.File + ":" + r.Line == where);
        var figures = Figures(example);
        Assert.NotEmpty(figures);
        if (where.Contains("numbers.tsv", StringComparison.Ordinal))
        {
            var value = int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(figures, f => f.Low == value || f.High == value || (row[2] == "scale" && f.Low % value == 0));
        }
        else if (where.Contains("cues.tsv", StringComparison.Ordinal))
        {
            Assert.Contains(figures, f => f.Kind == Enum.Parse<CasualtyKind>(row[1], true));
        }
    }

    public static TheoryData<string, string> SpeechVerbs() => Data(TestDocs.Quotes.SpeechVerbRows.Select(r => (r[0], r[2])));

    [Theory]
    [MemberData(nameof(SpeechVerbs))]
    public void Speech_verb_example_attributes_its_quote(string verb, string example)
    {
        _ = verb;
        var doc = TestDocs.WithQuotesAndEvents(example);
        Assert.Contains(doc.Quotes, q => q.Kind == QuoteKind.Direct && q.Speaker is not null);
    }

    public static TheoryData<string, string> Titles() => Data(TestDocs.Quotes.TitleRows.Select(r => (r[0], r[1])));

    [Theory]
    [MemberData(nameof(Titles))]
    public void Title_example_reads_the_person_without_the_title(string title, string example)
    {
        var doc = TestDocs.WithQuotesAndEvents("“We are ready,” said " + example + ".");
        var speaker = Assert.Single(doc.Quotes).Speaker;
        Assert.NotNull(speaker);
        Assert.DoesNotContain(title + " ", speaker + " ", StringComparison.Ordinal);
    }

    public static TheoryData<string, string> RoleSynonyms() => Data(TestDocs.Quotes.RoleSynonymRows.Select(r => (r[0], r[2])));

    [Theory]
    [MemberData(nameof(RoleSynonyms))]
    public void Role_phrase_resolves_to_the_person_with_that_title(string phrase, string example)
    {
        var doc = TestDocs.WithQuotesAndEvents(example);
        var q = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Contains(phrase, q.SpeakerSpan!.Value.Of(doc.Text).ToLowerInvariant(), StringComparison.Ordinal);
        var named = doc.Text[..doc.Text.IndexOf('.', StringComparison.Ordinal)];
        Assert.Contains(q.Speaker!, named, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> EventAnaphors() => Data3(TestDocs.Quotes.EventAnaphorRows.Select(r => (r[0], r[1], r[2])));

    [Theory]
    [MemberData(nameof(EventAnaphors))]
    public void Event_anaphor_links_the_quote_to_the_event_it_names(string noun, string type, string example)
    {
        var doc = TestDocs.WithQuotesAndEvents(example);
        doc.SetQuotes(new QuoteEventLinker(TestDocs.Quotes).Link(doc));
        var q = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.NotNull(q.EventId);
        var linked = Assert.Single(doc.Events, e => e.Id == q.EventId);
        Assert.Equal(type, linked.Type.ToString());
        Assert.Equal(QuoteEventBasis.Anaphor, q.EventBasis);
        Assert.Contains(noun, example, StringComparison.Ordinal);
    }

    private static TheoryData<string, string, string> Data3(IEnumerable<(string, string, string)> rows)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (a, b, c) in rows)
        {
            data.Add(a, b, c);
        }

        return data;
    }

    public static TheoryData<string, string> NonNames() => Data(TestDocs.Quotes.NonNameRows.Select(r => (r[0], r[1])));

    [Theory]
    [MemberData(nameof(NonNames))]
    public void Non_name_word_is_never_part_of_a_name(string word, string example)
    {
        var doc = TestDocs.Tokenized(example);
        var index = Array.FindIndex(doc.Tokens, t => t.Span.Of(doc.Text) == word);
        Assert.True(index >= 0);
        Assert.False(NameRun.IsNameWord(doc, TestDocs.Quotes, index));
    }

    public static TheoryData<string, string> OrgHeads() => Data(TestDocs.Quotes.OrgHeadRows.Select(r => (r[0], r[1])));

    [Theory]
    [MemberData(nameof(OrgHeads))]
    public void Organisation_speaker_is_read_whole(string head, string example)
    {
        var doc = TestDocs.WithQuotesAndEvents(example);
        Assert.Contains(head, Assert.Single(doc.Quotes).Speaker ?? "", StringComparison.Ordinal);
    }

    public static TheoryData<string, string> SpeakerTrailers() => Data(TestDocs.Quotes.SpeakerTrailerRows.Select(r => (r[0], r[1])));

    [Theory]
    [MemberData(nameof(SpeakerTrailers))]
    public void Speaker_description_ends_before_a_trailer_word(string word, string example)
    {
        var doc = TestDocs.WithQuotesAndEvents(example);
        var speaker = Assert.Single(doc.Quotes).Speaker;
        Assert.NotNull(speaker);
        Assert.False(speaker.EndsWith(word, StringComparison.OrdinalIgnoreCase), $"speaker '{speaker}' ends with '{word}'");
        // in the example, the word follows the speaker, after nothing but other trailer words
        var at = example.IndexOf(speaker, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var after = example[(at + speaker.Length)..].Replace(",", " , ", StringComparison.Ordinal).Replace(".", " . ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var k = Array.IndexOf(after, word);
        Assert.True(k >= 0, $"'{word}' does not follow the speaker '{speaker}'");
        Assert.All(after[..k], w => Assert.True(TestDocs.Quotes.SpeakerTrailers.Contains(w), $"'{w}' between the speaker and '{word}' is no trailer"));
    }

    public static TheoryData<string, string> RoleNouns() => Data(TestDocs.Quotes.RoleNounRows.Select(r => (r[0], r[1])));

    [Theory]
    [MemberData(nameof(RoleNouns))]
    public void A_role_noun_speaker_stands_for_the_person_named_in_that_role(string word, string example)
    {
        var doc = TestDocs.WithQuotesAndEvents(example);
        var speaker = doc.Quotes[^1].Speaker;
        Assert.NotNull(speaker);
        Assert.DoesNotContain(word, speaker, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith(speaker, example, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> IndefiniteWords() =>
        Data(new ParticipantReader(TestDocs.Events, TestDocs.Quotes).IndefiniteWords.Rows.Select(r => (r[0], r[1])));

    [Theory]
    [MemberData(nameof(IndefiniteWords))]
    public void An_indefinite_role_description_does_not_stand_for_the_person_named_before(string word, string example)
    {
        var doc = TestDocs.WithQuotesAndEvents(example);
        // the visit of the second sentence: its actors (if a description is read at all) are never the person named before
        var visit = Assert.Single(doc.Events, e => e.Type == PloverType.CONSULT && e.Evidence[0].Of(doc.Text).Contains(" visited ", StringComparison.Ordinal));
        var named = example[..example.IndexOf(',', StringComparison.Ordinal)];
        Assert.All(visit.Actors, a => Assert.NotEqual(named, a.Canonical ?? a.Text));
        Assert.Contains(word, visit.Evidence[0].Of(doc.Text), StringComparison.OrdinalIgnoreCase);
    }

    internal static List<CasualtyFigure> Figures(string sentence)
    {
        var doc = TestDocs.Tokenized(sentence);
        var parser = new CasualtyParser(TestDocs.Casualties);
        return [.. Enumerable.Range(0, doc.Sentences.Length).SelectMany(s => parser.Parse(new SentenceWords(doc, s)))];
    }

    private static TheoryData<string, string> Data(IEnumerable<(string, string)> rows)
    {
        var data = new TheoryData<string, string>();
        foreach (var (a, b) in rows)
        {
            data.Add(a, b);
        }

        return data;
    }
}
