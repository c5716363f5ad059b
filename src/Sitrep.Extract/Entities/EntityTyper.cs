using Sitrep.Core.Model;

namespace Sitrep.Extract.Entities;

/// <summary>
/// Turns the tagger's coarse types (PER, ORG, LOC, MISC — the CoNLL tag set it is trained on) into the contract's
/// types: LOC becomes GPE (countries, cities, regions with a government) unless its head word is a natural feature
/// (LOC) or a facility (FAC) in place-kinds.tsv; MISC becomes NORP for nationality words and demonym-shaped words,
/// OTHER otherwise.
/// </summary>
public sealed class EntityTyper(EntityLexicon lexicon)
{
    public EntityType TypeOf(string modelType, string surface)
    {
        switch (modelType)
        {
            case "PER" or "PERSON":
                return EntityType.PERSON;
            case "ORG":
                return EntityType.ORG;
            case "LOC" or "GEO" or "GPE" or "FAC":
                {
                    var key = EntityLexicon.Key(surface);
                    if (lexicon.Countries.ContainsKey(key) || lexicon.Metonyms.ContainsKey(key))
                    {
                        return EntityType.GPE;
                    }

                    var space = key.LastIndexOf(' ');
                    var head = space < 0 ? key : key[(space + 1)..];
                    return lexicon.PlaceKinds.TryGetValue(head, out var kind) ? kind : EntityType.GPE;
                }

            case "NORP":
                return EntityType.NORP;
            default:
                return IsNationality(surface) ? EntityType.NORP : EntityType.OTHER;
        }
    }

    private bool IsNationality(string surface)
    {
        var key = EntityLexicon.Key(surface);
        if (lexicon.Nationalities.ContainsKey(key))
        {
            return true;
        }

        // Demonym-shaped single words: "Kazakhstani", "Rwandan", "Congolese", "Flemish".
        if (key.Contains(' ', StringComparison.Ordinal) || key.Length < 4 || !char.IsUpper(surface[0]))
        {
            return false;
        }

        return key.EndsWith("ian", StringComparison.Ordinal) || key.EndsWith("ians", StringComparison.Ordinal)
            || key.EndsWith("ese", StringComparison.Ordinal) || key.EndsWith("ish", StringComparison.Ordinal)
            || key.EndsWith("ani", StringComparison.Ordinal) || key.EndsWith("an", StringComparison.Ordinal)
            || key.EndsWith("ans", StringComparison.Ordinal) || key.EndsWith("i", StringComparison.Ordinal);
    }
}
