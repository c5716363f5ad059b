using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extract.Actors;

namespace Sitrep.Extract.Entities;

/// <summary>
/// Finds named entities and resolves them to actors: the trained tagger labels each sentence, its coarse types
/// become the contract's (PERSON, ORG, GPE, LOC, FAC, NORP, OTHER), listed organizations and seats of power are
/// spotted, titles give people a role and country, and each mention is resolved within the article (canonical name,
/// country, actor key). Pure and thread-safe: the model and lexicon are immutable, scratch space is per call.
/// </summary>
public sealed class EntityStage(NerModel model, EntityLexicon lexicon) : IStage
{
    private readonly EntityTyper _typer = new(lexicon);

    // Workspaces (scratch arrays and the per-word score cache) are reused across documents, one per concurrent call.
    private readonly System.Collections.Concurrent.ConcurrentBag<NerWorkspace> _workspaces = [];

    public string Name => "entities.ner";

    public string Version => "1";

    public Layer Requires => Layer.Tokens | Layer.Sentences;

    public Layer Produces => Layer.Entities;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetEntities(Find(document.Text, document.Tokens, document.Sentences));
    }

    /// <summary>Scratch space for <see cref="TagOnly"/> (one per thread).</summary>
    public NerWorkspace CreateWorkspace() => model.CreateWorkspace();

    /// <summary>The tagger alone over every sentence (for benchmarks): returns the number of entity tokens.</summary>
    public int TagOnly(Document document, NerWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(document);
        var labels = new int[64];
        var count = 0;
        foreach (var s in document.Sentences)
        {
            if (labels.Length < s.TokenCount)
            {
                labels = new int[s.TokenCount * 2];
            }

            model.Tag(document.Text, document.Tokens.AsSpan(s.FirstToken, s.TokenCount), workspace, labels);
            for (var i = 0; i < s.TokenCount; i++)
            {
                count += labels[i] == 0 ? 0 : 1;
            }
        }

        return count;
    }

    private List<Mention> Find(string text, Token[] tokens, Sentence[] sentences)
    {
        var c = new EntityContext(text, tokens, lexicon);
        var ws = _workspaces.TryTake(out var pooled) ? pooled : model.CreateWorkspace();
        var labels = new int[64];
        var names = model.Labels;
        foreach (var s in sentences)
        {
            if (s.TokenCount == 0 || s.EndToken > tokens.Length)
            {
                continue;
            }

            if (labels.Length < s.TokenCount)
            {
                labels = new int[s.TokenCount * 2];
            }

            model.Tag(text, tokens.AsSpan(s.FirstToken, s.TokenCount), ws, labels);
            for (var i = 0; i < s.TokenCount; i++)
            {
                if (names.Prefix[labels[i]] != 'B')
                {
                    continue;
                }

                var end = i + 1;
                while (end < s.TokenCount && names.Prefix[labels[end]] == 'I')
                {
                    end++;
                }

                var first = s.FirstToken + i;
                var last = s.FirstToken + end;
                var type = _typer.TypeOf(names.TypeOf[labels[i]]!, c.Surface(first, last));
                c.Drafts.Add(new EntityDraft(first, last, type));
            }

            EntitySpotter.Apply(c, s.FirstToken, s.EndToken);
            c.Drafts.Sort((a, b) => a.First.CompareTo(b.First));
            RoleFinder.Apply(c, s.FirstToken, s.EndToken);
        }

        _workspaces.Add(ws);
        PersonFilter.Apply(c, sentences);
        ActorResolver.Apply(c);
        var mentions = new List<Mention>(c.Drafts.Count);
        foreach (var d in c.Drafts.OrderBy(d => d.First).ThenBy(d => d.End))
        {
            mentions.Add(new Mention(new TextSpan(tokens[d.First].Start, tokens[d.End - 1].End), d.Type)
            {
                Canonical = d.Canonical,
                Role = d.Role,
                Country = d.Country,
                Confidence = d.Confidence,
                ActorKey = d.ActorKey,
            });
        }

        return mentions;
    }
}
