using System.Text.RegularExpressions;

namespace Sitrep.Extract.Dates.Resources;

/// <summary>
/// The ASCII characters a non-empty match of a pattern can begin with, read from the pattern's syntax: a sequence begins
/// with its first element, or with a later one after elements that can match empty; an alternation with any branch;
/// zero-width parts (\b, ^, \G, lookarounds, inline options) begin with nothing. What a single-character part (a literal, a
/// class, an escape like \d, '.') accepts is asked of .NET's own regex engine, with the pattern's options, for each of the
/// 128 ASCII characters, so case-insensitivity means exactly what it means to the matcher.
/// </summary>
/// <remarks>
/// One-sided by construction: the set may be larger than needed, never smaller. Anything the reader does not know
/// (backreferences, conditionals, the x option, a quantifier it cannot read) gives <see cref="All"/>. Characters beyond
/// ASCII are not judged here at all: <see cref="RuleMatcher"/> tries every rule at them.
/// </remarks>
public static class FirstChars
{
    /// <summary>Every ASCII character: no start is ruled out.</summary>
    public static readonly UInt128 All = UInt128.MaxValue;

    /// <summary>The ASCII first characters of <paramref name="pattern"/>'s non-empty matches under <paramref name="options"/>.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="options">Its options (IgnoreCase and CultureInvariant are what matter).</param>
    /// <param name="parts">What each single-character part accepts, shared between the patterns of one set of options.</param>
    public static UInt128 Of(string pattern, RegexOptions options, Dictionary<string, UInt128> parts)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(parts);
        if ((options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0)
        {
            return All;
        }

        var reader = new Reader(pattern, options & (RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), parts);
        try
        {
            var (first, _) = reader.Alternation(0);
            return reader.AtEnd ? first : All;
        }
        catch (NotSupportedException)
        {
            return All;
        }
    }

    private sealed class Reader(string pattern, RegexOptions options, Dictionary<string, UInt128> atoms)
    {
        private const int MaxDepth = 200;
        private int _i;

        public bool AtEnd => _i == pattern.Length;

        /// <summary>Branches separated by '|', up to a ')' or the end: (first characters, can match empty).</summary>
        public (UInt128 First, bool Nullable) Alternation(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new NotSupportedException("nested too deep");
            }

            var (first, nullable) = Sequence(depth);
            while (_i < pattern.Length && pattern[_i] == '|')
            {
                _i++;
                var (f, n) = Sequence(depth);
                first |= f;
                nullable |= n;
            }

            return (first, nullable);
        }

        private (UInt128 First, bool Nullable) Sequence(int depth)
        {
            var first = UInt128.Zero;
            var nullable = true;
            while (_i < pattern.Length && pattern[_i] is not ('|' or ')'))
            {
                var (f, n) = Quantified(depth);
                if (nullable)
                {
                    first |= f;
                }

                nullable &= n;
            }

            return (first, nullable);
        }

        private (UInt128 First, bool Nullable) Quantified(int depth)
        {
            var (first, nullable) = Atom(depth);
            if (_i >= pattern.Length)
            {
                return (first, nullable);
            }

            switch (pattern[_i])
            {
                case '*' or '?':
                    _i++;
                    nullable = true;
                    break;
                case '+':
                    _i++;
                    break;
                case '{':
                    nullable |= Braces() == 0;
                    break;
                default:
                    return (first, nullable);
            }

            if (_i < pattern.Length && pattern[_i] == '?')
            {
                _i++; // lazy: the same language
            }

            if (_i < pattern.Length && pattern[_i] is '*' or '+' or '?' or '{')
            {
                throw new NotSupportedException("stacked quantifier");
            }

            return (first, nullable);
        }

        /// <summary>Reads {n}, {n,} or {n,m} and returns n.</summary>
        private int Braces()
        {
            var close = pattern.IndexOf('}', _i);
            var body = close < 0 ? "" : pattern[(_i + 1)..close];
            var parts = body.Split(',');
            if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var min)
                || (parts.Length == 2 && parts[1].Length > 0 && !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)))
            {
                throw new NotSupportedException("'{' that is no quantifier");
            }

            _i = close + 1;
            return min;
        }

        private (UInt128 First, bool Nullable) Atom(int depth)
        {
            var c = pattern[_i];
            switch (c)
            {
                case '(':
                    return Group(depth);
                case '[':
                    return (Single(ClassEnd()), false);
                case '\\':
                    return Escape();
                case '^' or '$':
                    _i++;
                    return (UInt128.Zero, true);
                case '*' or '+' or '?' or '{':
                    throw new NotSupportedException("quantifier without operand");
                default:
                    return (Single(_i + 1), false);
            }
        }

        private (UInt128 First, bool Nullable) Group(int depth)
        {
            _i++;
            var zeroWidth = false;
            if (_i < pattern.Length && pattern[_i] == '?')
            {
                var rest = pattern.AsSpan(_i + 1);
                if (rest.StartsWith(":") || rest.StartsWith(">"))
                {
                    _i += 2;
                }
                else if (rest.StartsWith("=") || rest.StartsWith("!"))
                {
                    _i += 2;
                    zeroWidth = true;
                }
                else if (rest.StartsWith("<=") || rest.StartsWith("<!"))
                {
                    _i += 3;
                    zeroWidth = true;
                }
                else if (rest.Length > 0 && rest[0] is '<' or '\'')
                {
                    var close = pattern.IndexOf(rest[0] == '<' ? '>' : '\'', _i + 2);
                    if (close < 0 || pattern.AsSpan(_i + 2, close - _i - 2).ContainsAny("-()"))
                    {
                        throw new NotSupportedException("balancing or odd group name");
                    }

                    _i = close + 1;
                }
                else
                {
                    return Options(depth);
                }
            }

            var (first, nullable) = Alternation(depth + 1);
            Expect(')');
            return zeroWidth ? (UInt128.Zero, true) : (first, nullable);
        }

        /// <summary>(?imns-imns) or (?imns-imns:...); the x option and anything else are not read.</summary>
        private (UInt128 First, bool Nullable) Options(int depth)
        {
            var j = _i + 1;
            while (j < pattern.Length && pattern[j] is 'i' or 'm' or 'n' or 's' or '-')
            {
                j++;
            }

            if (j == _i + 1 || j >= pattern.Length)
            {
                throw new NotSupportedException("unknown group construct");
            }

            if (pattern[j] == ')')
            {
                _i = j + 1;
                return (UInt128.Zero, true);
            }

            if (pattern[j] != ':')
            {
                throw new NotSupportedException("unknown group construct");
            }

            // Ignoring case is judged with the pattern's outer options; turning it off or on inside only narrows or
            // widens within what IgnoreCase accepts when the outer options have it, and is refused otherwise.
            if ((options & RegexOptions.IgnoreCase) == 0 && pattern.AsSpan(_i + 1, j - _i - 1).Contains('i'))
            {
                throw new NotSupportedException("inline ignore-case");
            }

            _i = j + 1;
            var inner = Alternation(depth + 1);
            Expect(')');
            return inner;
        }

        private (UInt128 First, bool Nullable) Escape()
        {
            if (_i + 1 >= pattern.Length)
            {
                throw new NotSupportedException("trailing backslash");
            }

            var e = pattern[_i + 1];
            switch (e)
            {
                case 'b' or 'B' or 'A' or 'G' or 'z' or 'Z':
                    _i += 2;
                    return (UInt128.Zero, true);
                case 'p' or 'P':
                    var close = pattern.IndexOf('}', _i);
                    if (close < 0 || _i + 2 >= pattern.Length || pattern[_i + 2] != '{')
                    {
                        throw new NotSupportedException("odd \\p");
                    }

                    return (Single(close + 1), false);
                case 'x':
                    return (Single(_i + 4), false);
                case 'u':
                    return (Single(_i + 6), false);
                case 'c':
                    return (Single(_i + 3), false);
                case 'k' or (>= '0' and <= '9'):
                    throw new NotSupportedException("backreference or octal escape");
                default:
                    return (Single(_i + 2), false);
            }
        }

        /// <summary>The end (exclusive) of the character class that starts at the current position.</summary>
        private int ClassEnd()
        {
            var j = _i + 1;
            if (j < pattern.Length && pattern[j] == '^')
            {
                j++;
            }

            if (j < pattern.Length && pattern[j] == ']')
            {
                j++; // a leading ']' is a literal
            }

            while (j < pattern.Length)
            {
                switch (pattern[j])
                {
                    case '\\':
                        j += 2;
                        break;
                    case '[':
                        throw new NotSupportedException("class subtraction or nested '['");
                    case ']':
                        return j + 1;
                    default:
                        j++;
                        break;
                }
            }

            throw new NotSupportedException("unclosed class");
        }

        /// <summary>The ASCII characters the single-character part pattern[_i..end) accepts, asked of the regex engine itself.</summary>
        private UInt128 Single(int end)
        {
            if (end > pattern.Length)
            {
                throw new NotSupportedException("truncated escape");
            }

            var atom = pattern[_i..end];
            _i = end;
            if (atoms.TryGetValue(atom, out var set))
            {
                return set;
            }

            Regex one;
            try
            {
                one = new Regex(@"\A(?:" + atom + @")\z", options, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException)
            {
                throw new NotSupportedException("part the engine refuses alone");
            }

            set = UInt128.Zero;
            Span<char> c = stackalloc char[1];
            for (var ch = 0; ch < 128; ch++)
            {
                c[0] = (char)ch;
                if (one.IsMatch(c))
                {
                    set |= UInt128.One << ch;
                }
            }

            atoms[atom] = set;
            return set;
        }

        private void Expect(char c)
        {
            if (_i >= pattern.Length || pattern[_i] != c)
            {
                throw new NotSupportedException($"expected '{c}'");
            }

            _i++;
        }
    }
}
