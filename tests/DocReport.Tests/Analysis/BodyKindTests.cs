using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>Kinds told by a name's head noun or a description's words over the first word the lists know (round 46).</summary>
public class BodyKindTests
{
    [Theory]
    [InlineData("The Harbour Press Council said the paper had broken its code.", "Harbour Press Council", SourceKind.Organization)]
    [InlineData("The Press Complaints Commission said the photographs should not have been printed.", "Press Complaints Commission", SourceKind.Organization)]
    [InlineData("The Harbour Press said the paper had broken its code.", "Harbour Press", SourceKind.Media)]
    [InlineData("The Valley Press Editorial Board said the levy should be dropped.", "Valley Press Editorial Board", SourceKind.Media)]
    [InlineData("The Valley Planning Council said the levy should be dropped.", "Valley Planning Council", SourceKind.Government)]
    public void A_regulators_head_noun_after_a_media_word_makes_the_press_council_an_organization(string sentence, string name, SourceKind kind)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Equal(kind, dataset.SourceNamed(name).Kind);
    }

    [Theory]
    [InlineData("Local elected officials said the bridge should be rebuilt.", SourceKind.Person)]
    [InlineData("Elected officials from both parties said the bridge should be rebuilt.", SourceKind.Person)]
    [InlineData("Local officials said the bridge should be rebuilt.", SourceKind.Government)]
    public void Elected_officials_are_people_and_officials_a_body_speaks_for(string sentence, SourceKind kind)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal(kind, source.Kind);
    }
}
