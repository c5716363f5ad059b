using Sitrep.Core.Model;

namespace Sitrep.Extract.Syntax;

/// <summary>
/// Frames from the dependency parse (UD relations in Document.Syntax): nsubj / nsubj:pass, obj / iobj, obl and nmod
/// with their case marker, amod / compound / nmod:poss of a noun, and as governors the aux / mark / advmod(neg) / amod
/// dependents of the trigger and of the words it is an xcomp / ccomp / obj / conj / nsubj:pass of, or a "to"
/// infinitive (acl / advcl) of, with their subjects' heads. Stateless and thread-safe.
/// </summary>
public sealed class DependencyClauseReader : IClauseReader
{
    public ClauseFrame Read(Document document, SentenceWords words, int trigger, int triggerEnd, bool isVerb)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(words);
        var syntax = document.Syntax;
        var first = words.FirstToken;
        var n = words.Count;

        // the head of the trigger phrase: the token whose head lies outside the phrase
        var head = trigger;
        for (var i = trigger; i < triggerEnd; i++)
        {
            var h = syntax[first + i].Head - first;
            if (h < trigger || h >= triggerEnd)
            {
                head = i;
                break;
            }
        }

        TokenRange subject = default, obj = default, modifiers = default;
        var passive = false;
        var obliques = new List<Oblique>();
        var governors = new List<TokenRange>();
        for (var i = 0; i < n; i++)
        {
            if (syntax[first + i].Head - first != head)
            {
                continue;
            }

            var rel = syntax[first + i].Relation;
            var sub = Subtree(syntax, first, n, i);
            switch (rel)
            {
                case "nsubj" or "csubj":
                    subject = sub;
                    break;
                case "nsubj:pass":
                    subject = sub;
                    passive = true;
                    break;
                case "obj" or "iobj":
                    obj = obj.IsEmpty ? sub : obj;
                    break;
                case "obl" or "obl:agent" or "nmod" or "obl:tmod" when Case(syntax, first, n, i) is { } prep:
                    obliques.Add(new Oblique(prep, sub));
                    break;
                case "amod" or "compound" or "nmod:poss":
                    if (rel == "amod")
                    {
                        // "the ongoing shelling", "planned negotiations", "the upcoming summit"
                        governors.Add(new TokenRange(i, i + 1));
                    }

                    modifiers = modifiers.IsEmpty ? sub : new TokenRange(Math.Min(modifiers.Start, sub.Start), Math.Max(modifiers.End, sub.End));
                    break;
                case "aux" or "aux:pass" or "mark" or "advmod" or "cop":
                    governors.Add(new TokenRange(i, i + 1));
                    if (rel == "aux:pass")
                    {
                        passive = true;
                    }

                    break;
            }
        }

        // the verbs that govern the trigger: "plans to urge", "is expected to brief", "held talks"
        var at = head;
        for (var depth = 0; depth < 4; depth++)
        {
            var rel = syntax[first + at].Relation;
            var up = syntax[first + at].Head - first;
            if (up < 0 || up >= n || !(rel is "xcomp" or "ccomp" or "obj" or "conj" or "nsubj:pass"
                || (rel is "acl" or "advcl" && IsInfinitive(syntax, first, n, at))))
            {
                break;
            }

            governors.Add(new TokenRange(up, up + 1));
            for (var i = 0; i < n; i++)
            {
                if (syntax[first + i].Head - first == up)
                {
                    var r = syntax[first + i].Relation;
                    if (r is "aux" or "aux:pass" or "mark" or "advmod")
                    {
                        governors.Add(new TokenRange(i, i + 1));
                    }
                    else if (r is "nsubj")
                    {
                        // the governing verb's subject head can set the status too: "the agenda includes meetings"
                        governors.Add(new TokenRange(i, i + 1));
                        if (subject.IsEmpty)
                        {
                            subject = Subtree(syntax, first, n, i);
                        }
                    }
                }
            }

            at = up;
        }

        governors.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ClauseFrame(subject, obj, obliques, modifiers, governors, passive)
        {
            IsPredicate = syntax[first + head].Upos is UniversalPos.VERB,
            HeadRelation = syntax[first + head].Relation,
        };
    }

    /// <summary>A "to" infinitive: "pledged to deliver", "readiness to provide", "will travel to Poland to discuss".</summary>
    private static bool IsInfinitive(TokenSyntax[] syntax, int first, int n, int token)
    {
        for (var i = 0; i < n; i++)
        {
            if (syntax[first + i].Head - first == token && syntax[first + i].Relation == "mark"
                && syntax[first + i].Lemma.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Case(TokenSyntax[] syntax, int first, int n, int token)
    {
        for (var i = 0; i < n; i++)
        {
            if (syntax[first + i].Head - first == token && syntax[first + i].Relation == "case")
            {
                return syntax[first + i].Lemma.ToLowerInvariant();
            }
        }

        return null;
    }

    private static TokenRange Subtree(TokenSyntax[] syntax, int first, int n, int root)
    {
        var lo = root;
        var hi = root;
        for (var i = 0; i < n; i++)
        {
            var at = i;
            for (var depth = 0; depth < 32 && at >= 0 && at < n; depth++)
            {
                if (at == root)
                {
                    lo = Math.Min(lo, i);
                    hi = Math.Max(hi, i);
                    break;
                }

                // relative clauses, appositions and asides are not part of the argument's phrase
                if (syntax[first + at].Relation is "acl:relcl" or "appos" or "parataxis" or "punct")
                {
                    break;
                }

                at = syntax[first + at].Head - first;
            }
        }

        return new TokenRange(lo, hi + 1);
    }
}
