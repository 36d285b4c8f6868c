using DocReport.Analysis.Claims;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Tests.Analysis.Claims;

public class ClaimTypeTests
{
    private static readonly ClaimDetector Detector = new(new PipelineOptions());

    [Theory]
    [InlineData("The country aims to cut emissions in half by 2030.", ClaimType.Prediction)]
    [InlineData("The central bank expects inflation to ease next year.", ClaimType.Prediction)]
    [InlineData("Sales will double within five years.", ClaimType.Prediction)]
    [InlineData("The ministry said prices will rise by 5% next year.", ClaimType.Prediction)]
    [InlineData("More than half of the voters stayed home.", ClaimType.Comparative)]
    [InlineData("Rents are higher than they were before the war.", ClaimType.Comparative)]
    [InlineData("It is the largest refinery in Europe.", ClaimType.Comparative)]
    [InlineData("The flights were cancelled because of the strike.", ClaimType.Causal)]
    [InlineData("The drought led to a sharp rise in food prices.", ClaimType.Causal)]
    [InlineData("\"We will rebuild every school,\" the mayor said.", ClaimType.Quote)]
    [InlineData("“This is only the beginning,” she wrote.", ClaimType.Quote)]
    [InlineData("« Nous ne céderons pas », a déclaré le ministre.", ClaimType.Quote)]
    [InlineData("“The first part of a quotation that goes on in the next sentence.", ClaimType.Quote)]
    [InlineData("''We will rebuild the old bridge,'' the mayor said.", ClaimType.Quote)]
    [InlineData("The mayor said the town ''cannot wait another winter'' for the bridge.", ClaimType.Quote)]
    [InlineData("Voters Will Decide The Harbour Plan In March", ClaimType.Prediction)]
    [InlineData("The survey covered 2,000 adults.", ClaimType.Statistic)]
    [InlineData("The average age of the crews was 34 years old.", ClaimType.Statistic)]
    [InlineData("The median age of the crews was 31.5 years old.", ClaimType.Statistic)]
    [InlineData("Officers detained a 41-year-old woman and her 3 accomplices.", ClaimType.Statistic)]
    [InlineData("The ceasefire held for six weeks.", ClaimType.Temporal)]
    [InlineData("Winner of the Palme d’Or at the 2017 Cannes Film Festival, the film opens on Friday.", ClaimType.Temporal)]
    [InlineData("The last tram left the depot at 11:05 p.m.", ClaimType.Temporal)]
    [InlineData("The pumps were switched off at about 6:30 in the evening.", ClaimType.Temporal)]
    [InlineData("Dock workers earn $19 an hour at the container terminal.", ClaimType.Statistic)]
    [InlineData("The new kilns give the pottery a higher output.", ClaimType.Comparative)]
    [InlineData("Ticket sales are falling at the smaller theatres.", ClaimType.Comparative)]
    [InlineData("Increasingly, growers sell their plums at the roadside.", ClaimType.Comparative)]
    public void Names_the_type(string sentence, ClaimType type)
    {
        Assert.Contains(type, Detector.Assess(sentence).Types);
    }

    [Theory]
    [InlineData("The dog's bowl was empty.", ClaimType.Quote)]
    [InlineData("The voters’ mood has changed.", ClaimType.Quote)]
    [InlineData("The film was released by the studio.", ClaimType.Prediction)]
    [InlineData("She would rather stay than go.", ClaimType.Comparative)]
    [InlineData("\"We will burn your villages,\" the commander told them.", ClaimType.Prediction)]
    [InlineData("“You’ll regret this,” he wrote to the judge.", ClaimType.Prediction)]
    [InlineData("We will never give up.", ClaimType.Prediction)]
    [InlineData("Its first project, a book titled “Revolution as a Process”, was published in 2013.", ClaimType.Quote)]
    [InlineData("On “The Late Evening Show,” the senator spoke about the farm subsidies.", ClaimType.Quote)]
    [InlineData("The gala featured the singer Will Carver and a choir of forty children.", ClaimType.Prediction)]
    [InlineData("The plan identifies three \"urgent\" and several \"serious\" threats.", ClaimType.Quote)]
    [InlineData("Adapted from an 1865 novella, the film opens on Friday.", ClaimType.Statistic)]
    [InlineData("Officers detained a 41-year-old woman outside the station.", ClaimType.Temporal)]
    [InlineData("The twins, now eight months old, share a room.", ClaimType.Temporal)]
    [InlineData("Officers detained a 41-year-old woman outside the station.", ClaimType.Statistic)]
    [InlineData("The ferryman, aged 71, was fined for speeding.", ClaimType.Statistic)]
    [InlineData("Marta Quill, 29, was taken to hospital with burns.", ClaimType.Statistic)]
    [InlineData("He started racing at age 9.", ClaimType.Statistic)]
    [InlineData("The last tram left the depot at 11:05 p.m.", ClaimType.Statistic)]
    [InlineData("The pumps were switched off at about 6:30 in the evening.", ClaimType.Statistic)]
    [InlineData("Dock workers earn $19 an hour at the container terminal.", ClaimType.Temporal)]
    [InlineData("The depot handles 40,000 parcels a day for the valley's shops.", ClaimType.Temporal)]
    [InlineData("She moved to Greater Lisbon to study law.", ClaimType.Comparative)]
    public void Does_not_name_the_type(string sentence, ClaimType type)
    {
        Assert.DoesNotContain(type, Detector.Assess(sentence).Types);
    }
}
