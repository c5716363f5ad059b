using Sitrep.Core.Model;

namespace Sitrep.Extract.Quotes;

/// <summary>
/// The person names of one document with the role words said of them ("Finnish President Sauli Niinistö",
/// "Ann Linde, the Swedish foreign minister,"), so that "Niinistö", "he" or "the Finnish president" resolve to the
/// full name. Uses the entities layer's canonical names when present. Built once per document.
/// </summary>
public sealed class NameIndex
{
    private readonly Document _document;
    private readonly QuoteLexicon _lexicon;
    private List<(int Start, string Full, HashSet<string> Roles)>? _built;

    /// <summary>Cheap: the names are read on first use, so documents that never need them pay nothing.</summary>
    public NameIndex(Document document, QuoteLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(lexicon);
        _document = document;
        _lexicon = lexicon;
    }

    private Dictionary<string, List<(int Start, string Full)>>? _byPart;

    private List<(int Start, string Full, HashSet<string> Roles)> _names => _built ??= Build(_document, _lexicon);

    /// <summary>Full names by their first and last word, for surname lookups without scanning every name.</summary>
    private Dictionary<string, List<(int Start, string Full)>> ByPart
    {
        get
        {
            if (_byPart is null)
            {
                _byPart = new Dictionary<string, List<(int, string)>>(StringComparer.Ordinal);
                foreach (var (start, full, _) in _names)
                {
                    var parts = full.Split(' ');
                    foreach (var key in parts.Length > 1 ? new[] { parts[0], parts[^1] } : parts)
                    {
                        if (!_byPart.TryGetValue(key, out var list))
                        {
                            _byPart[key] = list = [];
                        }

                        if (list.Count == 0 || list[^1].Full != full || list.Count < 64)
                        {
                            list.Add((start, full));
                        }
                    }
                }
            }

            return _byPart;
        }
    }

    private static List<(int Start, string Full, HashSet<string> Roles)> Build(Document document, QuoteLexicon lexicon)
    {
        var _names = new List<(int Start, string Full, HashSet<string> Roles)>();
        if ((document.Layers & Layer.Entities) != 0)
        {
            foreach (var m in document.Entities)
            {
                if (m.Type == EntityType.PERSON && m.Canonical is { } c && c.Contains(' ', StringComparison.Ordinal))
                {
                    HashSet<string> roles = m.Role is null ? [] : [.. m.Role.ToLowerInvariant().Split(' ')];
                    OfficeBefore(document, TokenAt(document, m.Span.Start), roles);
                    _names.Add((m.Span.Start, c, roles));
                }
            }
        }

        var tokens = document.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            if (!NameRun.IsNameWord(document, lexicon, i))
            {
                i++;
                continue;
            }

            var j = NameRun.RunEnd(document, lexicon, i, tokens.Length);

            if (NameRun.Read(document, lexicon, i, j) is { IsOrganisation: false } run && run.Name.Contains(' ', StringComparison.Ordinal) && run.End - run.Start <= 4
                && !IsOtherEntity(document, run.NameSpan))
            {
                var roles = new HashSet<string>(run.Roles, StringComparer.Ordinal);
                // an appositive after the name (", the Swedish foreign minister,") unless another name follows it
                if (j + 1 < tokens.Length && Lower(document, j) == ",")
                {
                    var k = j + 1;
                    while (k < tokens.Length && k <= j + 7 && Lower(document, k) is not ("," or "." or "said" or "says" or "and"))
                    {
                        k++;
                    }

                    if (!(k + 1 < tokens.Length && Lower(document, k) == "," && NameRun.IsNameWord(document, lexicon, k + 1)))
                    {
                        for (var x = j + 1; x < k; x++)
                        {
                            roles.Add(Lower(document, x));
                        }
                    }
                }

                OfficeBefore(document, run.Start, roles);
                // a description before it ("the Finnish president, Sauli Niinistö")
                if (run.Start == i && i > 1 && Lower(document, i - 1) == ",")
                {
                    for (var x = i - 2; x >= 0 && x >= i - 7 && Lower(document, x) is not ("," or "." or "and" or "“" or "”"); x--)
                    {
                        roles.Add(Lower(document, x));
                    }
                }

                _names.Add((tokens[run.Start].Start, run.Name, roles));
            }

            i = j;
        }

        _names.Sort((a, b) => a.Start.CompareTo(b.Start));
        return _names;
    }

    /// <summary>
    /// The full name a partial name refers to: a multi-word name as is; a single word maps to the nearest earlier full
    /// name ending (or starting) with it, else a later one; null when no full name has it.
    /// </summary>
    public string? TryResolve(string name, int at)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return name;
        }

        if (!ByPart.TryGetValue(name, out var candidates))
        {
            return null;
        }

        string? best = null;
        foreach (var (start, full) in candidates)
        {
            if (full != name && (start <= at || best is null))
            {
                best = full;
            }
        }

        return best;
    }

    public string Resolve(string name, int at) => TryResolve(name, at) ?? name;

    /// <summary>The known full name a multi-word partial name ends with ("Von der Leyen" -> "Ursula von der Leyen"),
    /// compared without case; null when none or when the name is already full.</summary>
    public string? FullFromTail(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var (_, full, _) in _names)
        {
            if (full.Length > name.Length + 1 && full.EndsWith(name, StringComparison.OrdinalIgnoreCase) && full[full.Length - name.Length - 1] == ' ')
            {
                return full;
            }
        }

        return null;
    }

    /// <summary>True when a single word or a full name is one of the document's person names (by full name or a part).</summary>
    public bool IsKnownPerson(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Contains(' ', StringComparison.Ordinal) ? _names.Exists(n => n.Full == name) : ByPart.ContainsKey(name);
    }

    /// <summary>The person mentioned last before <paramref name="at"/>, by full name or by a part of a known full name
    /// ("Truss" after "Liz Truss"), for "he"/"she" speakers; null when none.</summary>
    public string? LastPersonBefore(int at)
    {
        _mentions ??= BuildMentions();
        int lo = 0, hi = _mentions.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_mentions[mid].Start < at)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? null : _mentions[found].Full;
    }

    private List<(int Start, string Full)>? _mentions;

    private List<(int Start, string Full)> BuildMentions()
    {
        var list = new List<(int Start, string Full)>();
        var tokens = _document.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            if (!NameRun.IsNameWord(_document, _lexicon, i))
            {
                i++;
                continue;
            }

            var j = NameRun.RunEnd(_document, _lexicon, i, tokens.Length);
            if (NameRun.Read(_document, _lexicon, i, j) is { IsOrganisation: false } run && !IsOtherEntity(_document, run.NameSpan))
            {
                var full = run.Name.Contains(' ', StringComparison.Ordinal)
                    ? (IsKnownPerson(run.Name) ? run.Name : FullFromTail(run.Name))
                    : TryResolve(run.Name, run.NameSpan.Start);
                if (full is not null)
                {
                    list.Add((run.NameSpan.Start, full));
                }
            }

            i = j;
        }

        return list;
    }

    /// <summary>The last full name that starts before <paramref name="at"/> (for "he said").</summary>
    public string? LastBefore(int at)
    {
        string? last = null;
        foreach (var (start, full, _) in _names)
        {
            if (start >= at)
            {
                break;
            }

            last = full;
        }

        return last;
    }

    /// <summary>The person a description such as "the Finnish president" or "the former general" refers to: the latest
    /// earlier name whose role words share the description's title word, preferring more shared words.</summary>
    public string? ByRole(IReadOnlyList<string> descriptionWords, IReadOnlySet<string> titles, int at)
    {
        ArgumentNullException.ThrowIfNull(descriptionWords);
        ArgumentNullException.ThrowIfNull(titles);
        var title = descriptionWords.Where(titles.Contains).ToList();
        if (title.Count == 0)
        {
            return null;
        }

        string? best = null;
        var bestScore = 0;
        foreach (var (start, full, roles) in _names)
        {
            if (start >= at && best is not null)
            {
                break;
            }

            if (!title.Exists(roles.Contains))
            {
                continue;
            }

            var score = descriptionWords.Count(roles.Contains);
            if (score >= bestScore)
            {
                best = full;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// An office written right before a name without a comma: "Advisor to the Head of the Office of the President Mykhailo
    /// Podolyak" (capitalized words and the connectors between them, at most ten tokens back) adds its words to the roles.
    /// </summary>
    private static void OfficeBefore(Document document, int nameStart, HashSet<string> roles)
    {
        var tokens = document.Tokens;
        for (var x = nameStart - 1; x >= 0 && x >= nameStart - 10; x--)
        {
            var w = Lower(document, x);
            if (!(w is "to" or "of" or "the" or "for" || (tokens[x].Kind == TokenKind.Word && char.IsUpper(document.Text[tokens[x].Start]))))
            {
                break;
            }

            roles.Add(w);
        }
    }

    /// <summary>The index of the token that starts at or covers a character offset (0 when none).</summary>
    private static int TokenAt(Document document, int offset)
    {
        var tokens = document.Tokens;
        int lo = 0, hi = tokens.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (tokens[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>True when the entities layer marks the span as something other than a person (a place, an organisation,
    /// a nationality) and no person mention overlaps it; false without the entities layer.</summary>
    public static bool IsOtherEntity(Document document, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(document);
        if ((document.Layers & Layer.Entities) == 0)
        {
            return false;
        }

        var other = false;
        foreach (var m in document.Entities)
        {
            if (m.Span.Start >= span.End)
            {
                break;
            }

            if (m.Span.Overlaps(span))
            {
                if (m.Type == EntityType.PERSON)
                {
                    return false;
                }

                other |= m.Type is EntityType.ORG or EntityType.GPE or EntityType.LOC or EntityType.NORP or EntityType.FAC;
            }
        }

        return other;
    }

    private static string Lower(Document d, int i) => d.Text.Substring(d.Tokens[i].Start, d.Tokens[i].Length).ToLowerInvariant();
}
