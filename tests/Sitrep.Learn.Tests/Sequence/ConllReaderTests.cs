using Sitrep.Learn.Sequence;

namespace Sitrep.Learn.Tests.Sequence;

public sealed class ConllReaderTests
{
    [Fact]
    public void Reads_sentences_and_document_starts_and_converts_iob1_to_iob2()
    {
        const string text = "-DOCSTART-\tO\n\nEU\tI-ORG\nrejects\tO\nGerman\tI-MISC\ncall\tO\n\nPeter\tI-PER\nBlackburn\tI-PER\n\n";
        var sentences = ConllReader.Read(new StringReader(text));
        Assert.Equal(2, sentences.Count);
        Assert.True(sentences[0].DocumentStart);
        Assert.False(sentences[1].DocumentStart);
        Assert.Equal(["EU", "rejects", "German", "call"], sentences[0].Tokens);
        Assert.Equal(["B-ORG", "O", "B-MISC", "O"], sentences[0].Tags);
        Assert.Equal(["B-PER", "I-PER"], sentences[1].Tags);
    }

    [Fact]
    public void Extra_columns_take_the_first_as_token_and_the_last_as_tag()
    {
        var sentences = ConllReader.Read(new StringReader("Paris NNP B-NP B-LOC\nsaid VBD B-VP O\n"));
        Assert.Equal(["Paris", "said"], sentences[0].Tokens);
        Assert.Equal(["B-LOC", "O"], sentences[0].Tags);
    }
}
