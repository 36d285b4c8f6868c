namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// The CT24 files, encoded. Dev is a random sample of the training debates, while dev-test (and the task's test) come
/// from later debates; so hyper-parameters and the threshold are chosen on <see cref="Late"/>, the latest debates of
/// train + dev by sentence id, with a model fitted on <see cref="Early"/>, the rest.
/// </summary>
internal sealed record Ct24Corpus(EncodedSet Train, EncodedSet Dev, EncodedSet DevTest, EncodedSet Early, EncodedSet Late)
{
    public const string TrainFile = "CT24_checkworthy_english_train.tsv";
    public const string DevFile = "CT24_checkworthy_english_dev.tsv";
    public const string DevTestFile = "CT24_checkworthy_english_dev-test.tsv";

    public static Ct24Corpus Load(string directory, double lateFraction)
    {
        var train = Ct24Reader.Read(Path.Combine(directory, TrainFile));
        var dev = Ct24Reader.Read(Path.Combine(directory, DevFile));
        var byId = train.Concat(dev).OrderBy(s => long.Parse(s.Id)).ToList();
        var lateStart = (int)(byId.Count * (1 - lateFraction));
        return new Ct24Corpus(EncodedSet.Of(train), EncodedSet.Of(dev), EncodedSet.Of(Ct24Reader.Read(Path.Combine(directory, DevTestFile))),
            EncodedSet.Of(byId[..lateStart]), EncodedSet.Of(byId[lateStart..]));
    }
}
