using Sitrep.Core.Model;
using Sitrep.Extract.Events;

namespace Sitrep.Extract.Tests;

/// <summary>
/// expressed-acts.tsv: a support or threat said as a plan or a condition is the statement itself (occurred); an act under a
/// duty cue becomes the request that was made (occurred); other types keep the planned status of their cue.
/// </summary>
public sealed class ExpressedActsTests
{
    private static readonly EventTypeSet Expressed = EventTypeSet.LoadDefault(EventTypeSet.ExpressedActsFile);

    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach (var r in Expressed.Rows)
        {
            data.Add(r[0], r[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Expressed_act_example_occurred(string type, string example)
    {
        var t = Enum.Parse<PloverType>(type);
        var doc = TestDocs.WithQuotesAndEvents(example);
        Assert.Contains(doc.Events, e => e.Type == t && e.Status == EventStatus.Occurred);
    }

    [Fact]
    public void A_planned_act_of_another_type_stays_planned()
    {
        Assert.False(Expressed.Contains(PloverType.CONSULT));
        var doc = TestDocs.WithQuotesAndEvents("Boris Johnson will meet Volodymyr Zelenskyy in Kyiv.");
        Assert.Contains(doc.Events, e => e.Type == PloverType.CONSULT && e.Status == EventStatus.Planned);
    }

    [Fact]
    public void An_act_under_a_duty_cue_is_a_request_that_was_made()
    {
        var doc = TestDocs.WithQuotesAndEvents("Boris Johnson said allies must send new weapons to Ukraine.");
        Assert.Contains(doc.Events, e => e.Type == PloverType.REQUEST && e.Status == EventStatus.Occurred);
        Assert.DoesNotContain(doc.Events, e => e.Type == PloverType.AID);
    }
}
