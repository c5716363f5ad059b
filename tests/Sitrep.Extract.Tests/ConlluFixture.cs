using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Testing;

namespace Sitrep.Extract.Tests;

/// <summary>Loads hand-written CoNLL-U parses into Documents (tokens joined by spaces) with the syntax layer set.</summary>
internal static class ConlluFixture
{
    public static List<Document> Load(string file)
    {
        var docs = new List<Document>();
        var rows = new List<string[]>();
        foreach (var line in File.ReadLines(RepoPaths.InRepo("tests/Sitrep.Extract.Tests/Fixtures/" + file)).Append(""))
        {
            if (line.Length == 0)
            {
                if (rows.Count > 0)
                {
                    docs.Add(Build(rows));
                    rows.Clear();
                }

                continue;
            }

            if (line[0] != '#')
            {
                rows.Add(line.Split('\t'));
            }
        }

        return docs;
    }

    private static Document Build(List<string[]> rows)
    {
        var text = string.Join(' ', rows.Select(r => r[1]));
        var tokens = new Token[rows.Count];
        var syntax = new TokenSyntax[rows.Count];
        var at = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var form = rows[i][1];
            var kind = char.IsLetter(form[0]) ? TokenKind.Word : char.IsDigit(form[0]) ? TokenKind.Number : TokenKind.Punctuation;
            tokens[i] = new Token(at, at + form.Length, kind);
            at += form.Length + 1;
            syntax[i] = new TokenSyntax(Enum.Parse<UniversalPos>(rows[i][3]), rows[i][4], rows[i][2], int.Parse(rows[i][6], System.Globalization.CultureInfo.InvariantCulture) - 1, rows[i][7]);
        }

        var doc = new Document("fixture", text, new PublicationDate(new DateOnly(2025, 4, 17)), new SourceRef("fixture"));
        doc.SetTokens(tokens);
        doc.SetSentences([new Sentence(new TextSpan(0, text.Length), 0, tokens.Length)]);
        doc.SetSyntax(syntax);
        return doc;
    }
}
