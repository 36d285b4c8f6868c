namespace DocReport.Tests.Batch;

/// <summary>Small distinct news articles written for the batch tests, each with claims attributed to a named source.</summary>
internal static class BatchArticles
{
    private static readonly string[] Towns = ["Ashford", "Brampton", "Carlow", "Dunmore", "Elford", "Fenwick", "Garston", "Holt"];
    private static readonly string[] Bodies = ["the Department of Health", "the regional water board", "the town council", "the Office for National Statistics"];

    public static string Article(int n)
    {
        var town = Towns[n % Towns.Length];
        var body = Bodies[n % Bodies.Length];
        return $"""
            {town} Opens New Library After {n + 3} Years of Planning

            The new public library in {town} opened on Saturday after {n + 3} years of planning. According to {body}, {1200 + 37 * n} residents registered for cards in the first week.

            The building cost ${n + 2}.4 million, {body} said in its annual report, and was paid for partly by a national grant of ${n % 5 + 1}.1 million.

            Local schools plan weekly visits from September.
            """;
    }

    /// <summary>Writes <paramref name="count"/> articles into <paramref name="folder"/> as a.txt, b.txt... in sub-folders, so keys differ from names.</summary>
    public static void WriteAll(string folder, int count)
    {
        for (var n = 0; n < count; n++)
        {
            var path = Path.Combine(folder, $"part{n % 3}", $"story{n:00}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Article(n));
        }
    }
}
