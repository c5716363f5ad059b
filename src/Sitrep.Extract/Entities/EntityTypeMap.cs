using Sitrep.Core.Model;

namespace Sitrep.Extract.Entities;

/// <summary>
/// Maps our entity types to a gold file's tag set for scoring. Presets: <c>conll</c> (and <c>gmb</c>, whose 4-type
/// files use the CoNLL tags): PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC, NORP/OTHER→MISC; <c>gmb-full</c>: PERSON→PER,
/// ORG→ORG, GPE/LOC/FAC→GEO, NORP→GPE, OTHER→ART. <c>TYPE=GOLD</c> pairs (comma-separated) override the conll preset;
/// GOLD "-" drops the type.
/// </summary>
public sealed class EntityTypeMap
{
    private readonly Dictionary<EntityType, string?> _map;

    private EntityTypeMap(Dictionary<EntityType, string?> map) => _map = map;

    public string? Map(EntityType type) => _map.GetValueOrDefault(type);

    /// <summary>Parses a preset name or override list; null when malformed.</summary>
    public static EntityTypeMap? Parse(string spec)
    {
        var map = new Dictionary<EntityType, string?>
        {
            [EntityType.PERSON] = "PER",
            [EntityType.ORG] = "ORG",
            [EntityType.GPE] = "LOC",
            [EntityType.LOC] = "LOC",
            [EntityType.FAC] = "LOC",
            [EntityType.NORP] = "MISC",
            [EntityType.OTHER] = "MISC",
        };
        switch (spec.Trim())
        {
            case "conll" or "gmb":
                return new EntityTypeMap(map);
            case "gmb-full":
                map[EntityType.GPE] = map[EntityType.LOC] = map[EntityType.FAC] = "GEO";
                map[EntityType.NORP] = "GPE";
                map[EntityType.OTHER] = "ART";
                return new EntityTypeMap(map);
        }

        foreach (var pair in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !Enum.TryParse<EntityType>(pair[..eq], ignoreCase: true, out var type) || eq == pair.Length - 1)
            {
                return null;
            }

            var gold = pair[(eq + 1)..];
            map[type] = gold == "-" ? null : gold;
        }

        return new EntityTypeMap(map);
    }
}
