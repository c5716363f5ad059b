using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extract.Dates;

/// <summary>Fills the timexes layer: every temporal expression with its TIMEX3 type, value and mod.</summary>
public sealed class TimexStage(TimexTagger tagger) : IStage
{
    public string Name => "dates.timex";

    public string Version => "1";

    public Layer Requires => Layer.Tokens | Layer.Sentences;

    public Layer Produces => Layer.Timexes;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tagged = tagger.Tag(document);
        var timexes = new TimeExpression[tagged.Count];
        for (var i = 0; i < timexes.Length; i++)
        {
            timexes[i] = tagged[i].Timex;
        }

        document.SetTimexes(timexes);
    }
}
