using Sitrep.Core.Model;
using Sitrep.Extract.Entities;
using static Sitrep.Extract.Tests.Entities.EntityFixture;

namespace Sitrep.Extract.Tests.Entities;

/// <summary>Every row of every entity table has an example; each runs here (failures list file and line).</summary>
public sealed class ResourceExampleTests
{
    [Fact]
    public void Title_examples_give_their_role()
    {
        Check("titles.tsv", r => Run(r[2]).Entities.Any(m => m.Role == r[1]));
    }

    [Fact]
    public void Metonymy_examples_resolve_to_the_government()
    {
        Check("metonymy.tsv", r => Mention(r[3], r[0]) is { } m && m.Canonical == r[2] && m.Country == r[1]);
    }

    [Fact]
    public void Metonymy_cue_examples_make_the_name_the_government()
    {
        Check("metonymy-cues.tsv", r => Run(r[2]).Entities.Any(m => m.Canonical?.StartsWith("Government of", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void Organization_examples_resolve_to_their_canonical_name()
    {
        Check("organizations.tsv", r => Mention(r[3], r[0]) is { } m && m.Type == EntityType.ORG && m.Canonical == r[1]
            && m.Country == (r[2] == "-" ? null : r[2]));
    }

    [Fact]
    public void Country_alias_examples_give_the_country()
    {
        Check("country-aliases.tsv", r => Mention(r[3], r[0]) is { } m && m.Country == r[1]);
    }

    [Fact]
    public void Nationality_examples_give_the_country()
    {
        Check("nationalities.tsv", r => Mention(r[2], r[0]) is { } m && m.Country == (r[1] == "-" ? null : r[1]));
    }

    [Fact]
    public void Place_kind_examples_type_the_place()
    {
        var typer = new EntityTyper(Lexicon);
        Check("place-kinds.tsv", r => typer.TypeOf("LOC", r[2]).ToString() == r[1]);
    }

    [Fact]
    public void Honorific_examples_are_left_out_of_the_canonical_name()
    {
        Check("honorifics.tsv", r =>
        {
            var doc = Run($"Earlier, {r[1]} told reporters that {r[1].Split(' ')[^1]} was ready.");
            return doc.Entities.Any(m => m.Type == EntityType.PERSON && m.Canonical is { } c && !c.StartsWith(r[0], StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Not_person_words_are_never_a_person_alone()
    {
        Check("not-person-words.tsv", r =>
        {
            var doc = Run(r[2]);
            var at = r[2].IndexOf(r[0], StringComparison.OrdinalIgnoreCase);
            var asPerson = doc.Entities.Any(m => m.Type == EntityType.PERSON && m.Span.Start <= at && at < m.Span.End);
            return at >= 0 && !asPerson && Lexicon.NotPersons.TryGetValue(EntityLexicon.Key(r[0]), out var type)
                && (type?.ToString() ?? "-") == r[1];
        });
    }

    [Fact]
    public void Given_names_are_gazetteer_entries()
    {
        Check("given-names.tsv", r => (Lexicon.Gazetteer.Lookup(r[0]) & (1 << EntityLexicon.GivenNameCategory)) != 0 && r[1].StartsWith(r[0], StringComparison.Ordinal));
    }

    [Fact]
    public void Given_name_variant_examples_key_the_person_as_the_name_they_vary()
    {
        Check("given-name-variants.tsv", r =>
        {
            string? KeyOf(string sentence) =>
                Run(sentence).Entities.FirstOrDefault(m => m.Type == EntityType.PERSON && m.ActorKey?.Contains('/', StringComparison.Ordinal) == true)?.ActorKey;
            var variant = KeyOf(r[2]);
            return r[2].StartsWith(r[0] + " ", StringComparison.Ordinal) && variant is not null
                && variant == KeyOf(r[1] + r[2][r[0].Length..]);
        });
    }

    [Fact]
    public void Generated_country_rows_give_an_alpha3_code()
    {
        Check("countries.tsv", r => Lexicon.CountryOf(EntityLexicon.Key(r[0])) is { Length: 3 } iso && iso.All(char.IsAsciiLetterUpper));
    }

    private static Mention? Mention(string example, string surface)
    {
        var doc = Run(example);
        return doc.Entities.FirstOrDefault(m => string.Equals(m.Span.Of(doc.Text), surface, StringComparison.OrdinalIgnoreCase));
    }

    private static void Check(string file, Func<EntityTsvRow, bool> example)
    {
        var rows = Lexicon.Rows[file];
        Assert.NotEmpty(rows);
        var failed = rows.Where(r => !example(r)).Select(r => $"{r.File}:{r.Line}: {string.Join(" | ", r.Fields)}").ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed));
    }
}
