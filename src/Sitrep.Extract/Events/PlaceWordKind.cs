namespace Sitrep.Extract.Events;

/// <summary>The kinds of rows of place-words.tsv (see <see cref="PlaceWords"/>).</summary>
public enum PlaceWordKind
{
    Preposition,
    Target,
    Modifier,
    Noun,
    Plural,
    Month,
    Ground,
    GroundPreposition,
}
