using System.Text.Json;
using Sitrep.Testing;
using static Sitrep.Syntax.Tests.SyntaxFixture;

namespace Sitrep.Syntax.Tests;

/// <summary>
/// The parser on our genre: sentences of ../shared/corpora/news/dev.jsonl, named by document id and character
/// offsets into the record's "text" field (the text is read at test time, never copied into the repository), with the
/// arcs that matter to events.
/// </summary>
public sealed class NewsSentenceParseTests
{
    private static readonly Lazy<Dictionary<string, string>> Texts = new(() =>
    {
        var path = RepoPaths.RequireShared("corpora/news/dev.jsonl");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            texts[json.RootElement.GetProperty("id").GetString()!] = json.RootElement.GetProperty("text").GetString()!;
        }

        return texts;
    });

    [Theory]
    [InlineData("ua-president-73337", 2564, 2624, "nsubj(killed, bombs)|obj(killed, people)|nummod(people, 47)|obl(killed, Chernihiv)|amod(bombs, Russian)", Skip = "known misparse of the shipped model: 'in Chernihiv' attached to 'people' instead of 'killed' (the README's news-trees candidate passes, but is not shipped: it breaks two passing tests)")]
    [InlineData("kremlin-67200", 6709, 6801, "acl:relcl(miners, killed)|nsubj:pass(killed, that)|aux:pass(killed, were)|xcomp(want, express)", Skip = "known misparse of the shipped model: relative clause attached to 'families' instead of 'miners' (the README's news-trees and lookahead candidates pass, but are not shipped: each breaks passing tests)")]
    [InlineData("ua-president-71281", 1102, 1266, "nsubj(praised, interlocutors)|obj(praised, implementation)|acl(project, launched)", Skip = "known misparse of the shipped model: 'launched' attached to 'implementation' instead of 'project'")]
    [InlineData("ua-president-71573", 520, 653, "nsubj(urged, President)|obj(urged, citizens)|xcomp(urged, listen)|advmod(listen, not)", Skip = "known misparse of the shipped model: 'listen' attached as acl of 'citizens' instead of xcomp of 'urged'. The parser retrained with the news trees (README candidate) gets xcomp(urged, listen) but labels citizens iobj, as EWT does for urge/ask/tell + xcomp (urge: 5 of 5 in train), not the expected obj. The lookahead parser candidate trained on EWT only (README, sixth round) passes it, but breaks a passing test")]
    [InlineData("guardian-132dow-205", 259, 401, "nsubj(one, woman)|cop(one, is)|acl:relcl(woman, locked)|conj(locked, blocked)|obj(blocked, tunnel)", Skip = "known misparse of the shipped model: long subject with relative clause: 'woman' parsed as root")]
    [InlineData("kremlin-67015", 75, 185, "nsubj(signed, President)|obj(signed, order)|root(ROOT, signed)")]
    [InlineData("kremlin-67034", 1024, 1069, "nsubj:pass(signed, law)|appos(law, version)|aux:pass(signed, was)|obl(signed, 2001)")]
    // EWT's conventions: 'November 26, 2021' is headed by the day number (month and year nmod:unmarked), a name by its first word (flat)
    [InlineData("kremlin-67175", 0, 90, "obl(meet, 26)|nmod:unmarked(26, November)|nsubj(meet, Vladimir)|flat(Vladimir, Putin)|conj(Vladimir, Ilham)|conj(Vladimir, Nikol)|aux(meet, will)|obl(meet, Sochi)")]
    [InlineData("kremlin-67568", 8119, 8293, "nsubj(attacked, thugs)|obj(attacked, police)|advcl(attacked, Using)")]
    [InlineData("kremlin-67065", 1959, 2013, "nsubj(let, people)|aux(let, did)|advmod(let, not)|nmod(people, Russia)")]
    [InlineData("ua-president-73393", 390, 431, "nsubj(forgive, We)|aux(forgive, will)|advmod(forgive, not)|obj(forgive, houses)")]
    [InlineData("ua-president-73393", 432, 516, "obj(forgive, missile)|acl:relcl(missile, shot)|nsubj(shot, defense)|compound:prt(shot, down)", Skip = "known misparse of the shipped model: 'shot' misparsed after 'our air defense'")]
    public void News_sentence_parses_with_event_arcs(string id, int start, int end, string arcs)
    {
        var text = Texts.Value[id];
        var doc = Parse(text[start..end]);
        AssertArcs(doc, arcs.Split('|'));
    }
}
