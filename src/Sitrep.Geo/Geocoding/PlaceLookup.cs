using System.Collections.Frozen;
using Sitrep.Geo.Gazetteer;
using Sitrep.Geo.Names;
using Sitrep.Geo.Resources;

namespace Sitrep.Geo.Geocoding;

/// <summary>
/// Name → gazetteer candidates: the folded name; its variants both ways (Kiev ↔ Kyiv, from name-variants.tsv);
/// for Cyrillic, its Ukrainian and Russian transliterations; and, only when all of that finds nothing, its spelling
/// skeleton (Kryviy Rih → Kryvyi Rih).
/// </summary>
public sealed class PlaceLookup
{
    private readonly Gazetteer.Gazetteer _gazetteer;
    private readonly Transliterator _translit;
    private readonly SpellingSkeleton _skeleton;
    private readonly FrozenDictionary<string, string[]> _variants;
    private readonly FrozenSet<string> _formerNames;
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _variantLookup;
    private readonly string[] _variantKeys;

    public PlaceLookup(Gazetteer.Gazetteer gazetteer, PlacesResources resources)
    {
        _gazetteer = gazetteer;
        _translit = new Transliterator(resources.Translit);
        _skeleton = new SpellingSkeleton(resources.SpellingRules);
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Link(string a, string b)
        {
            if (!map.TryGetValue(a, out var set))
            {
                map[a] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(b);
        }

        foreach (var v in resources.Variants)
        {
            var variant = NameFolder.Fold(v.Variant);
            var current = NameFolder.Fold(v.Current);
            Link(variant, current);
            Link(current, variant);
        }

        _formerNames = resources.VariantToCurrent.Keys.ToFrozenSet(StringComparer.Ordinal);
        _variants = map.ToFrozenDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _variantLookup = _variants.GetAlternateLookup<ReadOnlySpan<char>>();
        _variantKeys = [.. _variants.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    public Gazetteer.Gazetteer Gazetteer => _gazetteer;

    public SpellingSkeleton Skeleton => _skeleton;

    public Transliterator Transliterator => _translit;

    /// <summary>True when the folded name is known exactly (no variants or skeletons): a cheap first test for candidate spans.</summary>
    public bool IsKnown(ReadOnlySpan<char> folded) => !_gazetteer.Find(folded).IsEmpty || _variantLookup.ContainsKey(folded);

    /// <summary>Whether a longer name could start with <paramref name="prefix"/> (gazetteer names and name variants).</summary>
    public bool CouldExtend(ReadOnlySpan<char> prefix)
    {
        if (_gazetteer.HasWordPrefix(prefix))
        {
            return true;
        }

        foreach (var key in _variantKeys)
        {
            if (key.AsSpan().StartsWith(prefix))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The gazetteer ids (<c>geonames:N</c>) a name can stand for: its GeoNames name or alternate names, and its
    /// variants (name-variants.tsv, transliteration); no spelling skeletons. Scoring uses it to accept a gold place
    /// written in another accepted spelling (ANNOTATION.md: "name or alternate name").
    /// </summary>
    public IReadOnlyList<string> IdsOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return [.. Candidates(name, allowLoose: false, includeFormerNames: true).Select(c => _gazetteer[c.Index].Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    internal List<PlaceCandidate> Candidates(ReadOnlySpan<char> surface, bool allowLoose, bool includeFormerNames = false)
    {
        var result = new List<PlaceCandidate>();
        var folded = NameFolder.Fold(surface);
        if (folded.Length < 2)
        {
            return result;
        }

        // A former or Russian-derived name (name-variants.tsv) counts as a variant even where the gazetteer lists it.
        Add(result, _gazetteer.Find(folded), loose: false, variant: _formerNames.Contains(folded));
        if (_variants.TryGetValue(folded, out var others))
        {
            // Former → current always; current → former ("Kyiv oblast" → GeoNames' region "Kiev") only for regions or
            // when the current name finds nothing, so "Toretsk" does not bring in Russia's Dzerzhinsk.
            var isFormer = _formerNames.Contains(folded);
            foreach (var other in others)
            {
                if (isFormer || includeFormerNames || result.Count == 0)
                {
                    Add(result, _gazetteer.Find(other), loose: false, variant: true);
                }
            }
        }

        if (NameFolder.HasCyrillic(surface))
        {
            Add(result, _gazetteer.Find(NameFolder.Fold(_translit.Ukrainian(surface))), loose: false, variant: true);
            Add(result, _gazetteer.Find(NameFolder.Fold(_translit.Russian(surface))), loose: false, variant: true);
        }

        if (result.Count == 0 && allowLoose && folded.Length >= 4 && !NameFolder.HasCyrillic(folded))
        {
            Add(result, _gazetteer.FindLoose(_skeleton.Of(folded)), loose: true, variant: false);
        }

        return result;
    }

    private static void Add(List<PlaceCandidate> result, ReadOnlySpan<int> postings, bool loose, bool variant)
    {
        var existing = result.Count;
        foreach (var p in postings)
        {
            var index = p >> 2;
            var seen = false;
            for (var k = 0; k < existing && !seen; k++)
            {
                seen = result[k].Index == index;
            }

            if (!seen)
            {
                result.Add(new PlaceCandidate(index, (NameKind)(p & 3), loose, variant));
            }
        }
    }
}
