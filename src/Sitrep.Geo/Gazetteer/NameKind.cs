namespace Sitrep.Geo.Gazetteer;

/// <summary>How a look-up key came to name a place (two bits of each posting).</summary>
public enum NameKind
{
    /// <summary>The place's GeoNames name (or a country's ISO name).</summary>
    Name = 0,

    /// <summary>Its ASCII name.</summary>
    Ascii = 1,

    /// <summary>One of its alternate names (other languages, former names, spellings).</summary>
    Alternate = 2,

    /// <summary>Derived by Sitrep: a transliteration of a Cyrillic name, a region's short form ("Zhytomyr Oblast" → "Zhytomyr").</summary>
    Derived = 3,
}
