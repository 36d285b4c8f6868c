using DocReport.Analysis.Claims;

namespace DocReport.Tests.Analysis.Claims;

public class StudyProcedureTests
{
    [Theory]
    [InlineData("The participants were asked to press a button when the light turned green.")]
    [InlineData("Respondents were also shown three photos of the same street.")]
    [InlineData("In the second trial, 60 volunteers were randomly assigned to one of two diets.")]
    [InlineData("The subjects in the control group were given a sugar pill.")]
    public void What_a_study_had_its_participants_do_is_a_procedure(string sentence)
    {
        Assert.True(StudyProcedure.Is(sentence));
    }

    [Theory]
    [InlineData("All the patients were asked to leave the ward after the fire alarm.")]
    [InlineData("Participants who slept less than six hours scored 20% lower on the test.")]
    [InlineData("The study's volunteers reported fewer headaches than those on the placebo.")]
    public void A_finding_or_an_event_is_not_a_procedure(string sentence)
    {
        Assert.False(StudyProcedure.Is(sentence));
    }
}
