using Sitrep.Core.Model;

namespace Sitrep.Extract.Tests;

/// <summary>The event engine over hand-written dependency parses: arguments come from the tree, not token windows.</summary>
public sealed class DependencyFrameTests
{
    private static readonly List<Document> Docs = ConlluFixture.Load("frames.conllu");

    private static Event Single(int doc, PloverType type)
    {
        var d = Docs[doc];
        return Assert.Single(TestDocs.Extractor.Extract(d), e => e.Type == type);
    }

    [Fact]
    public void Subject_is_actor_and_object_is_recipient()
    {
        var e = Single(0, PloverType.ASSAULT);
        Assert.Equal("Russia", Assert.Single(e.Actors).Canonical);
        Assert.Equal("Ukraine", Assert.Single(e.Recipients).Canonical);
        Assert.Equal(EventStatus.Occurred, e.Status);
    }

    [Fact]
    public void Passive_subject_is_recipient_and_agent_is_actor()
    {
        var e = Single(1, PloverType.ASSAULT);
        Assert.Equal("Russia", Assert.Single(e.Actors).Canonical);
        Assert.Equal("Kharkiv", Assert.Single(e.Recipients).Text);
    }

    [Fact]
    public void Governing_plan_makes_the_request_planned()
    {
        var e = Single(2, PloverType.REQUEST);
        Assert.Equal(EventStatus.Planned, e.Status);
        Assert.Equal("United States", Assert.Single(e.Recipients).Canonical);
    }

    [Fact]
    public void Relative_clause_does_not_leak_into_the_frame()
    {
        var e = Single(3, PloverType.AID);
        Assert.Equal("Poland", Assert.Single(e.Actors).Canonical);
        Assert.Equal(EventStatus.Planned, e.Status);
        Assert.Contains(e.Recipients, r => r.Text == "Kyiv");
        Assert.DoesNotContain(e.Recipients, r => r.Text == "Ukraine");
    }

    [Fact]
    public void Present_progressive_is_ongoing()
    {
        Assert.Equal(EventStatus.Ongoing, Single(4, PloverType.ASSAULT).Status);
    }

    [Fact]
    public void Past_perfect_progressive_occurred()
    {
        Assert.Equal(EventStatus.Occurred, Single(5, PloverType.THREATEN).Status);
    }

    [Fact]
    public void Apposition_names_the_one_met()
    {
        var e = Single(6, PloverType.CONSULT);
        Assert.Contains(e.Recipients, r => r.Text == "Dmytro Kuleba");
    }

    [Fact]
    public void Nationality_of_the_attacked_object_is_the_place()
    {
        var e = Single(7, PloverType.ASSAULT);
        Assert.Equal("Ukraine", e.Location?.Name);
    }

    [Fact]
    public void Sanctions_as_a_standing_act_are_ongoing_and_on_phrase_is_the_recipient()
    {
        var e = Single(8, PloverType.SANCTION);
        Assert.Equal(EventStatus.Ongoing, e.Status);
        Assert.Contains(e.Recipients, r => r.Canonical == "Russia");
    }

    [Fact]
    public void Town_modifying_a_noun_is_no_participant()
    {
        var d = ConlluFixture.Load("frames.conllu")[9];
        d.SetEntities([Mention(d, "Paris", EntityType.GPE), Mention(d, "Emmanuel Macron", EntityType.PERSON)]);
        var e = Assert.Single(TestDocs.Extractor.Extract(d), x => x.Type == PloverType.CONSULT);
        Assert.DoesNotContain(e.Actors.Concat(e.Recipients), p => p.Text == "Paris");
    }

    [Fact]
    public void Nationality_word_without_a_country_is_a_party_with_its_noun()
    {
        var d = ConlluFixture.Load("frames.conllu")[10];
        d.SetEntities([Mention(d, "European", EntityType.NORP), Mention(d, "United States", EntityType.GPE)]);
        var e = Assert.Single(TestDocs.Extractor.Extract(d), x => x.Type == PloverType.REQUEST);
        Assert.Equal("European diplomats", Assert.Single(e.Actors).Canonical);
        Assert.DoesNotContain(e.Recipients, p => p.Text == "European");
    }

    [Fact]
    public void The_verb_governing_a_noun_of_a_quantity_sets_its_status_and_actor()
    {
        // "has begun a series of meetings": the meetings go on, and the one who began them holds them
        var d = ConlluFixture.Load("frames.conllu")[11];
        d.SetEntities([Mention(d, "Anthony Albanese", EntityType.PERSON), Mention(d, "Pedro Sanchez", EntityType.PERSON)]);
        var e = Assert.Single(TestDocs.Extractor.Extract(d), x => x.Type == PloverType.CONSULT);
        Assert.Equal(EventStatus.Ongoing, e.Status);
        Assert.Contains(e.Actors, p => p.Text == "Anthony Albanese");
    }

    [Fact]
    public void A_listed_event_in_apposition_shares_the_status_of_the_first()
    {
        // "will attend a Nato summit, a G7 meeting": the parser hangs the list's second item on the first as appos
        var d = ConlluFixture.Load("frames.conllu")[12];
        d.SetEntities([Mention(d, "Joe Biden", EntityType.PERSON), Mention(d, "Nato", EntityType.ORG)]);
        var events = TestDocs.Extractor.Extract(d).Where(x => x.Type == PloverType.CONSULT).ToList();
        Assert.Contains(events, e => e.Evidence.Concat([e.Trigger]).Any(s => s.Of(d.Text).Contains("meeting", StringComparison.Ordinal)));
        Assert.All(events, e => Assert.Equal(EventStatus.Planned, e.Status));
    }

    [Fact]
    public void Solidarity_only_noted_is_no_expression_of_support()
    {
        // support.solidarity needs an expressing verb above it (gov=): "expressed solidarity with", not "noted the solidarity of"
        var d = ConlluFixture.Load("frames.conllu")[13];
        d.SetEntities([Mention(d, "Volodymyr Zelenskyy", EntityType.PERSON), Mention(d, "Polish", EntityType.NORP)]);
        Assert.DoesNotContain(TestDocs.Extractor.Extract(d), x => x.Type == PloverType.SUPPORT);
    }

    [Fact]
    public void A_duty_in_reported_speech_is_the_reporter_s_request()
    {
        // "Biden said that Russia should be expelled": the clause under "should" is the content of "said" (ccomp)
        var d = ConlluFixture.Load("frames.conllu")[14];
        d.SetEntities([Mention(d, "Joe Biden", EntityType.PERSON), Mention(d, "Russia", EntityType.GPE)]);
        var e = Assert.Single(TestDocs.Extractor.Extract(d), x => x.Type == PloverType.REQUEST);
        Assert.Contains(e.Actors, p => p.Text == "Joe Biden");
    }

    [Fact]
    public void A_reported_duty_is_the_reporter_s_request_whoever_the_sentence_names_first()
    {
        // "After talks with China, Joe Biden said that trade should be directed at allies": Biden asks, not China
        var d = ConlluFixture.Load("frames.conllu")[18];
        d.SetEntities([Mention(d, "China", EntityType.GPE), Mention(d, "Joe Biden", EntityType.PERSON)]);
        var e = Assert.Single(TestDocs.Extractor.Extract(d), x => x.Type == PloverType.REQUEST);
        Assert.Equal(["Joe Biden"], e.Actors.Select(p => p.Text));
    }

    [Fact]
    public void A_need_is_a_request_only_when_reported_and_the_verb_itself_heads_the_reported_clause()
    {
        // "Joe Biden stressed that Ukraine needs air defence": "needs" heads the content clause of "stressed"
        var d = ConlluFixture.Load("frames.conllu")[19];
        d.SetEntities([Mention(d, "Joe Biden", EntityType.PERSON), Mention(d, "Ukraine", EntityType.GPE)]);
        var e = Assert.Single(TestDocs.Extractor.Extract(d), x => x.Type == PloverType.REQUEST);
        Assert.Contains(e.Actors, p => p.Text == "Joe Biden");
    }

    [Fact]
    public void A_name_right_before_a_verb_the_parse_left_without_subject_is_its_actor()
    {
        // the parse hangs "Volodymyr Zelenskyy" on "Vinnytsia" (conj): the name before "once again urged" still acts, not "Russian"
        var d = ConlluFixture.Load("frames.conllu")[20];
        d.SetEntities([Mention(d, "Russian", EntityType.NORP), Mention(d, "Vinnytsia", EntityType.GPE), Mention(d, "Volodymyr Zelenskyy", EntityType.PERSON)]);
        var e = Assert.Single(TestDocs.Extractor.Extract(d), x => x.Type == PloverType.REQUEST);
        Assert.Equal(["Volodymyr Zelenskyy"], e.Actors.Select(p => p.Text));
    }

    [Fact]
    public void A_duty_nobody_is_reported_to_state_is_no_request()
    {
        var d = ConlluFixture.Load("frames.conllu")[15];
        d.SetEntities([Mention(d, "Russia", EntityType.GPE)]);
        Assert.DoesNotContain(TestDocs.Extractor.Extract(d), x => x.Type == PloverType.REQUEST);
    }

    [Fact]
    public void A_passive_that_happened_is_an_event_without_named_parties()
    {
        // "have been agreed" hides who agreed on purpose; "could be agreed" reports nothing that happened
        Assert.Contains(TestDocs.Extractor.Extract(Docs[16]), x => x.Type == PloverType.AGREE);
        Assert.DoesNotContain(TestDocs.Extractor.Extract(Docs[17]), x => x.Type == PloverType.AGREE);
    }

    private static Mention Mention(Document d, string name, EntityType type)
    {
        var at = d.Text.IndexOf(name, StringComparison.Ordinal);
        return new Mention(new TextSpan(at, at + name.Length), type);
    }
}
