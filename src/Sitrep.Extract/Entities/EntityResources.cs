using Sitrep.Core.Model;

namespace Sitrep.Extract.Entities;

/// <summary>
/// Loads the entity tables (resources/en/entities/*.tsv, embedded in Sitrep.Extract.dll as
/// "Sitrep.Extract.en/entities/&lt;file&gt;") into an <see cref="EntityLexicon"/>.
/// </summary>
public static class EntityResources
{
    public const string Folder = "entities/";

    public static EntityLexicon LoadDefault() => Load(OpenEmbedded);

    /// <summary>Loads the tables from a folder (resources/en/entities while editing them).</summary>
    public static EntityLexicon LoadFrom(string directory) => Load(name => File.OpenRead(Path.Combine(directory, name)));

    private static EntityLexicon Load(Func<string, Stream> open)
    {
        var t = new EntityLexiconTables();
        foreach (var r in Read(open, t, "countries.tsv", "name", "iso3", "field"))
        {
            t.Countries.TryAdd(EntityLexicon.Key(r[0]), r[1]);
            if (r[2] == "common_name" || (r[2] == "name" && !t.CountryNames.ContainsKey(r[1])))
            {
                t.CountryNames[r[1]] = r[0];
            }
        }

        foreach (var r in Read(open, t, "country-aliases.tsv", "name", "iso3", "preferred", "example"))
        {
            t.Countries[EntityLexicon.Key(r[0])] = r[1];
            if (r[2] == "yes")
            {
                t.CountryNames[r[1]] = r[0];
            }
        }

        foreach (var r in Read(open, t, "nationalities.tsv", "word", "iso3", "example"))
        {
            t.Nationalities[EntityLexicon.Key(r[0])] = r[1] == "-" ? null : r[1];
        }

        foreach (var r in Read(open, t, "titles.tsv", "title", "role", "example"))
        {
            t.Titles[EntityLexicon.Key(r[0])] = r[1];
        }

        foreach (var r in Read(open, t, "metonymy.tsv", "name", "iso3", "canonical", "example"))
        {
            t.Metonyms[EntityLexicon.Key(r[0])] = (r[1], r[2]);
        }

        foreach (var r in Read(open, t, "organizations.tsv", "alias", "canonical", "iso3", "example"))
        {
            t.Organizations[EntityLexicon.Key(r[0])] = (r[1], r[2] == "-" ? null : r[2]);
        }

        foreach (var r in Read(open, t, "place-kinds.tsv", "word", "type", "example"))
        {
            if (!Enum.TryParse<EntityType>(r[1], out var type) || type is not (EntityType.LOC or EntityType.FAC))
            {
                throw new EntityResourceException("SITREP-E003", r.File, r.Line, $"type must be LOC or FAC, not '{r[1]}'.");
            }

            t.PlaceKinds[EntityLexicon.Key(r[0])] = type;
        }

        foreach (var r in Read(open, t, "given-names.tsv", "name", "example"))
        {
            t.GivenNames.Add(EntityLexicon.Key(r[0]));
        }

        foreach (var r in Read(open, t, "not-person-words.tsv", "word", "type", "example"))
        {
            EntityType? type = r[1] == "-" ? null
                : Enum.TryParse<EntityType>(r[1], out var parsed) && parsed is EntityType.GPE or EntityType.LOC or EntityType.NORP or EntityType.ORG ? parsed
                : throw new EntityResourceException("SITREP-E003", r.File, r.Line, $"type must be -, GPE, LOC, NORP or ORG, not '{r[1]}'.");
            t.NotPersons[EntityLexicon.Key(r[0])] = type;
        }

        foreach (var r in Read(open, t, "honorifics.tsv", "word", "example"))
        {
            t.Honorifics.Add(r[0]);
        }

        foreach (var r in Read(open, t, "metonymy-cues.tsv", "word", "side", "example"))
        {
            var set = r[1] switch
            {
                "after" => t.CuesAfter,
                "before" => t.CuesBefore,
                _ => throw new EntityResourceException("SITREP-E003", r.File, r.Line, $"side must be before or after, not '{r[1]}'."),
            };
            set.Add(r[0]);
        }

        var folding = Read(open, t, "name-folding.tsv", "kind", "from", "to", "example", "key");
        t.Folding = new NameFolding(folding.Select(r => (r[0], r[1], r[2] == "-" ? "" : r[2])));
        foreach (var r in Read(open, t, "given-name-variants.tsv", "variant", "name", "example"))
        {
            var (variant, name) = (t.Folding.Key(r[0]), t.Folding.Key(r[1]));
            if (variant.Length < 2 || variant == name)
            {
                throw new EntityResourceException("SITREP-E003", r.File, r.Line,
                    $"'{r[0]}' and '{r[1]}' already fold to the same key '{name}' (or the variant is too short): the row is not needed.");
            }

            if (!t.GivenNameClasses.TryAdd(variant, name) && t.GivenNameClasses[variant] != name)
            {
                throw new EntityResourceException("SITREP-E003", r.File, r.Line, $"'{r[0]}' is listed under two names.");
            }
        }

        return new EntityLexicon(t);
    }

    private static List<EntityTsvRow> Read(Func<string, Stream> open, EntityLexiconTables t, string name, params string[] columns)
    {
        using var reader = new StreamReader(open(name));
        var rows = EntityTsv.Read(reader, "resources/en/entities/" + name, columns);
        t.Rows[name] = rows;
        return rows;
    }

    private static Stream OpenEmbedded(string name) =>
        typeof(EntityResources).Assembly.GetManifestResourceStream("Sitrep.Extract.en/" + Folder + name)
        ?? throw new EntityResourceException("SITREP-E007", name, 0, "embedded resource is missing from Sitrep.Extract.dll.");
}
