using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates.Resources;

/// <summary>
/// Finds each rule's own matches in a scan window, exactly as the rule's own NonBacktracking finder would (its leftmost
/// non-overlapping matches, empty ones dropped), while paying for one automaton instead of one per rule:
/// <list type="number">
/// <item>Per sentence, the combined automaton (<see cref="RuleFilter"/>) lists every position where some rule's match
/// starts. A leftmost search from each position after the last start found cannot skip one, so no rule match hides
/// behind another rule's overlapping or longer match.</item>
/// <item>Per rule and window, the rule's anchored matcher (<see cref="TimexRule.Anchored"/>, backtracking behind
/// <c>\G</c>) is tried at those positions only, left to right, from the end of its last match on, and only where the
/// character is one the rule's matches can begin with (<see cref="TimexRule.MayStartWith"/>: about two attempts in three
/// are skipped so, each of which could only have failed). A window is a slice
/// of the text, so a \b at its edge may differ from the sentence's: where the character just outside the window may be
/// a word character, the starts are listed over the window itself.</item>
/// <item>Fallback, the rule's own NonBacktracking finder (built on first use): for a sentence longer than
/// <see cref="MaxFilteredChars"/> or with more than <see cref="MaxStarts"/> starts, and for a window where an anchored
/// attempt runs out of time. The fallback gives the same matches, so neither size nor timing changes the output.</item>
/// </list>
/// Holds per-sentence scratch: one instance per tagging call, not shared between threads.
/// </summary>
public sealed class RuleMatcher
{
    /// <summary>Longer sentences (no news sentence is) go to the rules' own finders, whose time is linear in the input.</summary>
    public const int MaxFilteredChars = 4096;

    /// <summary>More rule starts than this in a sentence or window: the rules' own finders take over (bounds the attempts).</summary>
    public const int MaxStarts = 512;

    private readonly RuleFilter _filter;
    private readonly List<int> _starts = [];
    private readonly List<int> _windowStarts = [];
    private string _text = "";
    private TextSpan _sentence;
    private TextSpan _startsWindow;
    private bool _windowStartsOk;
    private State _state;

    public RuleMatcher(DateResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _filter = resources.Filter;
    }

    private enum State
    {
        Unknown,
        Filtered,
        Fallback,
    }

    /// <summary>Windows in which the rules' own finders ran (a count for tests and measurements).</summary>
    public int FallbackWindows { get; private set; }

    /// <summary>Of <see cref="FallbackWindows"/>, those where an anchored attempt ran out of time (a loaded machine, or odd input).</summary>
    public int TimedOutWindows { get; private set; }

    /// <summary>Starts a sentence (or any span that contains every window passed to <see cref="Find"/> until the next call).</summary>
    public void BeginSentence(string text, TextSpan sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        _sentence = sentence;
        _state = State.Unknown;
        _startsWindow = default;
        _starts.Clear();
    }

    /// <summary>Replaces <paramref name="found"/> with <paramref name="rule"/>'s non-empty matches in <paramref name="window"/>, in order.</summary>
    public void Find(TimexRule rule, TextSpan window, List<TextSpan> found)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(found);
        found.Clear();
        if (_state == State.Unknown)
        {
            _state = _sentence.Length <= MaxFilteredChars && _filter.Starts(_sentence.Slice(_text), _sentence.Start, _starts, MaxStarts)
                ? State.Filtered
                : State.Fallback;
        }

        if (_state == State.Filtered && TryAnchored(rule, window, found))
        {
            return;
        }

        found.Clear();
        FallbackWindows++;
        FindWithFinder(rule, _text, window, found);
    }

    /// <summary>The reference: <paramref name="rule"/>'s own NonBacktracking finder over the window.</summary>
    public static void FindWithFinder(TimexRule rule, string text, TextSpan window, List<TextSpan> found)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(found);
        foreach (var m in rule.Finder.EnumerateMatches(window.Slice(text)))
        {
            if (m.Length > 0)
            {
                found.Add(new TextSpan(window.Start + m.Index, window.Start + m.Index + m.Length));
            }
        }
    }

    private bool TryAnchored(TimexRule rule, TextSpan window, List<TextSpan> found)
    {
        List<int> starts;
        int i;
        if (EdgeMayDiffer(window))
        {
            if (window != _startsWindow)
            {
                _startsWindow = window;
                _windowStarts.Clear();
                _windowStartsOk = _filter.Starts(window.Slice(_text), window.Start, _windowStarts, MaxStarts);
            }

            if (!_windowStartsOk)
            {
                return false;
            }

            starts = _windowStarts;
            i = 0;
        }
        else
        {
            starts = _starts;
            i = FirstAtOrAfter(_starts, window.Start);
        }

        var input = window.Slice(_text);
        var cursor = window.Start;
        try
        {
            for (; i < starts.Count && starts[i] < window.End; i++)
            {
                var p = starts[i];
                if (p < cursor || !rule.MayStartWith(_text[p]))
                {
                    // Before the end of the last match, or a character no match of this rule begins with: an attempt
                    // would find nothing (an empty match is dropped anyway).
                    continue;
                }

                foreach (var m in rule.Anchored.EnumerateMatches(input, p - window.Start))
                {
                    if (m.Length > 0)
                    {
                        found.Add(new TextSpan(window.Start + m.Index, window.Start + m.Index + m.Length));
                        cursor = window.Start + m.Index + m.Length;
                    }

                    break;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            TimedOutWindows++;
            return false;
        }

        return true;
    }

    /// <summary>
    /// True when a \b at the window's start or end could judge differently inside the window (edge of input) than in the
    /// sentence: the character just outside the window, still inside the sentence, may be a word character.
    /// </summary>
    private bool EdgeMayDiffer(TextSpan window) =>
        !_sentence.Contains(window)
        || (window.Start > _sentence.Start && MayBeWordChar(_text[window.Start - 1]))
        || (window.End < _sentence.End && MayBeWordChar(_text[window.End]));

    /// <summary>A superset of the characters .NET's \b counts as word characters (letters, marks, digits, connectors, ZWJ/ZWNJ …).</summary>
    private static bool MayBeWordChar(char c) =>
        !(char.IsWhiteSpace(c) || char.IsSymbol(c)
          || (char.IsPunctuation(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.ConnectorPunctuation));

    private static int FirstAtOrAfter(List<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
