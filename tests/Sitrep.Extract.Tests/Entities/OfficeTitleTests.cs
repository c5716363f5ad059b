using Sitrep.Core.Model;
using static Sitrep.Extract.Tests.Entities.EntityFixture;

namespace Sitrep.Extract.Tests.Entities;

/// <summary>
/// Titles of an office ("Head of the Office of the President") give the holder that office, never the title named
/// inside the "of" phrase ("President"), also when "of Ukraine" follows. Sentences written for the test.
/// </summary>
public sealed class OfficeTitleTests
{
    [Theory]
    [InlineData("Deputy Head of the Office of the President of Ukraine Ihor Zhovkva met the delegation.", "Ihor Zhovkva", "deputy chief of staff", "UKR")]
    [InlineData("Deputy Head of the Office of the President Roman Mashovets met the ambassador.", "Roman Mashovets", "deputy chief of staff", null)]
    [InlineData("Head of the Office of the President of Ukraine Andriy Yermak spoke to reporters.", "Andriy Yermak", "chief of staff", "UKR")]
    [InlineData("President of Ukraine Volodymyr Zelenskyy spoke to reporters.", "Volodymyr Zelenskyy", "President", "UKR")]
    public void The_holder_gets_the_office_not_the_title_inside_it(string text, string name, string role, string? country)
    {
        var m = Find(Run(text), name);
        Assert.Equal((EntityType.PERSON, role), (m.Type, m.Role));
        if (country is not null)
        {
            Assert.Equal(country, m.Country);
        }
    }

    [Fact]
    public void A_title_inside_an_of_phrase_without_a_known_office_gives_no_role()
    {
        var m = Find(Run("The Adviser to the Head of the Secretariat of the President of Ukraine Oleh Ivanenko said so."), "Oleh Ivanenko");
        Assert.NotEqual("President", m.Role);
    }
}
