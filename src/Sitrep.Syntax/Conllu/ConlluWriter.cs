using System.Globalization;

namespace Sitrep.Syntax.Conllu;

/// <summary>Writes sentences as CoNLL-U (comments, then one line per word, then a blank line).</summary>
public static class ConlluWriter
{
    public static void Write(TextWriter writer, ConlluSentence sentence)
    {
        foreach (var c in sentence.Comments)
        {
            writer.Write(c);
            writer.Write('\n');
        }

        for (var i = 0; i < sentence.Count; i++)
        {
            var head = sentence.Heads[i] < -1 ? "_" : (sentence.Heads[i] + 1).ToString(CultureInfo.InvariantCulture);
            writer.Write(string.Join('\t', (i + 1).ToString(CultureInfo.InvariantCulture), sentence.Forms[i], Or(sentence.Lemmas[i]),
                Or(sentence.Upos[i]), Or(sentence.Xpos[i]), Or(sentence.Feats[i]), head, Or(sentence.Relations[i]), "_", Or(sentence.Misc[i])));
            writer.Write('\n');
        }

        writer.Write('\n');
    }

    private static string Or(string? value) => string.IsNullOrEmpty(value) ? "_" : value;
}
