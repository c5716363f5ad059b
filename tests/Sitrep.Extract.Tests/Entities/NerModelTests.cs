using Sitrep.Core.Model;
using Sitrep.Extract.Entities;
using Sitrep.Learn.Sequence;
using Sitrep.Testing;
using Sitrep.Text.Stages;
using static Sitrep.Extract.Tests.Entities.EntityFixture;

namespace Sitrep.Extract.Tests.Entities;

public sealed class NerModelTests
{
    [Fact]
    public void Shipped_model_names_its_feature_set_and_stays_small()
    {
        Assert.Equal("ner-features-2", Model.Model.Metadata["features"]);
        Assert.True(new FileInfo(RepoPaths.InRepo("resources/models/" + NerModelFile.DefaultName)).Length < 25 << 20);
        Assert.Equal(["O", "B-LOC", "I-LOC", "B-MISC", "I-MISC", "B-ORG", "I-ORG", "B-PER", "I-PER"], Model.Labels.Names);
    }

    [Fact]
    public void Decoding_never_starts_an_entity_with_I()
    {
        var doc = Run("of of of . , Smith said in the the Kyiv Kyiv Kyiv ; Reuters Reuters AT&T 2025-04-17 ...");
        Assert.All(doc.Entities, m => Assert.False(m.Span.IsEmpty));
        var labels = Model.Labels;
        for (var prev = -1; prev < labels.Count; prev++)
        {
            for (var cur = 0; cur < labels.Count; cur++)
            {
                var ok = labels.Allowed[(prev + 1) * labels.Count + cur];
                if (labels.Prefix[cur] == 'I')
                {
                    Assert.Equal(prev >= 0 && labels.TypeOf[prev] == labels.TypeOf[cur], ok);
                }
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\uFFFD")]
    [InlineData("ALL CAPS HEADLINE ABOUT NATO AND RUSSIA")]
    public void Odd_input_does_not_crash(string text) => Assert.NotNull(Run(text).Entities);

    [Fact]
    public void Output_is_deterministic()
    {
        const string text = "Russian Foreign Minister Sergei Lavrov met Turkish President Recep Tayyip Erdogan in Ankara on Monday.";
        Assert.Equal(Run(text).Entities, Run(text).Entities);
    }

    [Fact]
    public void Training_is_deterministic_and_learns_a_tiny_corpus()
    {
        var corpus = ConllReader.Read(new StringReader(
            "Peter\tB-PER\nBlackburn\tI-PER\nvisited\tO\nParis\tB-LOC\n.\tO\n\nAcme\tB-ORG\nCorp\tI-ORG\nhired\tO\nAnna\tB-PER\n.\tO\n"));
        var trainer = new NerTrainer(new NerFeatureExtractor(Lexicon.Gazetteer), new NerTrainerOptions { Epochs = 5, Seed = 3 });
        var a = trainer.Train(corpus, corpus, _ => { });
        var b = trainer.Train(corpus, corpus, _ => { });
        using var sa = new MemoryStream();
        using var sb = new MemoryStream();
        NerModelFileWrite(sa, a);
        NerModelFileWrite(sb, b);
        Assert.Equal(sa.ToArray(), sb.ToArray());
        var score = NerEvaluator.Score(new NerModel(a, new NerFeatureExtractor(Lexicon.Gazetteer)), corpus, t => t);
        Assert.Equal(1.0, score.Micro().F1, 6);
    }

    [Fact]
    public void Conll_dev_scores_above_the_target()
    {
        var dev = ConllReader.Read(RepoPaths.RequireShared("corpora/ner/conll2003/dev.conll"));
        var map = EntityTypeMap.Parse("conll")!;
        var typer = new EntityTyper(Lexicon);
        var score = NerEvaluator.Score(Model, dev, (type, surface) => map.Map(typer.TypeOf(type, surface)));
        Assert.True(score.Micro().F1 >= 0.89, $"CoNLL dev micro F1 {score.Micro().F1:0.0000}");
    }

    [Fact]
    public void Gmb_dev_scores_above_the_target_with_the_gmb_domain()
    {
        var dev = ConllReader.Read(RepoPaths.RequireShared("corpora/ner/gmb/dev.conll"));
        var map = EntityTypeMap.Parse("gmb")!;
        var typer = new EntityTyper(Lexicon);
        var gmb = Model.WithDomain("gmb");
        Assert.NotNull(gmb);
        var score = NerEvaluator.Score(gmb, dev, (type, surface) => map.Map(typer.TypeOf(type, surface)));
        Assert.True(score.Micro().F1 >= 0.83, $"GMB dev micro F1 {score.Micro().F1:0.0000}");
    }

    [Fact]
    public void A_tagging_only_model_tags_exactly_as_the_full_one_and_keeps_its_domain()
    {
        const string text = "Ukraine's Foreign Minister Andrii Sybiha met the French president and NATO envoys in Brussels on Monday.";
        var lean = Model.TaggingOnly();
        var pipeline = new Sitrep.Core.Pipeline.PipelineBuilder().UseText(Sitrep.Text.Lexicons.TextResources.LoadDefault()).UseEntities(Lexicon, lean).Build();
        var doc = new Document("test", text, new Sitrep.Core.Articles.PublicationDate(new DateOnly(2025, 4, 17)), new Sitrep.Core.Articles.SourceRef("test"));
        pipeline.Process(doc);
        Assert.Equal(Run(text).Entities, doc.Entities);
        Assert.Equal("conll", lean.DomainName);
        Assert.Same(lean, lean.WithDomain("conll"));
        Assert.Throws<InvalidOperationException>(() => lean.WithDomain("gmb"));
        Assert.NotNull(Model.WithDomain("gmb"));
    }

    [Fact]
    public void The_shipped_model_tags_with_conll_conventions_by_default()
    {
        Assert.Equal(["conll", "gmb"], Model.Domains);
        Assert.Equal("conll", Model.DomainName);
    }

    [Fact]
    public void Domains_learn_each_corpus_conventions_apart()
    {
        // Corpus "a" puts the title inside the person span (as GMB does), corpus "b" leaves it out (as CoNLL does).
        var a = ConllReader.Read(new StringReader(
            "President\tB-PER\nNovak\tI-PER\nspoke\tO\n.\tO\n\nPresident\tB-PER\nKarlsson\tI-PER\nleft\tO\n.\tO\n"));
        var b = ConllReader.Read(new StringReader(
            "President\tO\nNovak\tB-PER\nspoke\tO\n.\tO\n\nPresident\tO\nKarlsson\tB-PER\nleft\tO\n.\tO\n"));
        var trainer = new NerTrainer(new NerFeatureExtractor(Lexicon.Gazetteer), new NerTrainerOptions { Epochs = 8, Seed = 3 });
        var model = new NerModel(trainer.Train([new NerCorpus("a", a), new NerCorpus("b", b)], [new NerCorpus("a", a), new NerCorpus("b", b)], _ => { }),
            new NerFeatureExtractor(Lexicon.Gazetteer));
        Assert.Equal(["a", "b"], model.Domains);
        Assert.Equal(1.0, NerEvaluator.Score(model.WithDomain("a")!, a, t => t).Micro().F1, 6);
        Assert.Equal(1.0, NerEvaluator.Score(model.WithDomain("b")!, b, t => t).Micro().F1, 6);
        Assert.Null(model.WithDomain("c"));
    }

    [Theory]
    [InlineData("gmb=/data/gmb/train.conll", "gmb", "/data/gmb/train.conll")]
    [InlineData("/data/train.conll", "", "/data/train.conll")]
    [InlineData("C:=x", "", "C:=x")]
    public void Corpus_specs_name_an_optional_domain(string spec, string domain, string path) =>
        Assert.Equal((domain, path), NerCorpus.ParseSpec(spec));

    [Theory]
    [InlineData("conll", EntityType.NORP, "MISC")]
    [InlineData("conll", EntityType.FAC, "LOC")]
    [InlineData("gmb-full", EntityType.NORP, "GPE")]
    [InlineData("GPE=LOC,NORP=-", EntityType.NORP, null)]
    public void Type_maps_follow_the_presets_and_overrides(string spec, EntityType type, string? gold) =>
        Assert.Equal(gold, EntityTypeMap.Parse(spec)!.Map(type));

    private static void NerModelFileWrite(Stream s, Sitrep.Learn.LinearModel m) => Sitrep.Learn.LinearModelFile.Write(s, m);
}
