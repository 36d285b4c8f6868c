namespace DocReport.Bench.ClaimTraining;

/// <summary>The file names of CLEF CheckThat! 2024 Task 1 English in the data folder.</summary>
internal static class Ct24Corpus
{
    public const string TrainFile = "CT24_checkworthy_english_train.tsv";
    public const string DevFile = "CT24_checkworthy_english_dev.tsv";
    public const string DevTestFile = "CT24_checkworthy_english_dev-test.tsv";
}
