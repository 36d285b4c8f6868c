namespace DocReport.Bench.FieldEval;

/// <summary>The command line: <c>[--set dev|dev2|dev3|dev4|dev5|mixed|rgate|wgate|heldout|check] [--data DIR] [--trafilatura DIR] [--outputs DIR] [--write-pages DIR] [--errors] [--article ID] [--listing FILE]
/// [--claims-model DIR] [--brief FILE]</c>.</summary>
internal sealed record BenchArguments(
    string Set, string Data, string Trafilatura, string? Outputs, string? WritePages, bool Errors, string? Article, string? Problem)
{
    private static readonly string[] Valued = ["set", "data", "trafilatura", "outputs", "write-pages", "article", "claims-model", "listing", "brief"];

    /// <summary>The folder of a published DocReport.Claims.Accurate: the pages are converted with the accurate claim model from there (round 18).</summary>
    public string? ClaimsModel { get; init; }

    /// <summary>A file to write each listed source to, with its status and features (round 26; readable sets, in process only).</summary>
    public string? Listing { get; init; }

    /// <summary>A file to write each claim to, with what the default brief lists and the gold (round 32; readable sets, in process only).</summary>
    public string? Brief { get; init; }

    public static BenchArguments Parse(string[] args)
    {
        var line = new CommandLine(args);
        if (line.Unknown(Valued, ["errors"]) is { } unknown) return new("", "", "", null, null, false, null, $"unknown or incomplete argument '{unknown}'");
        var (set, errors, article) = (line.Text("set", "dev"), line.Flag("errors"), line.Value("article"));
        return new(set, line.Text("data", "/work/shared/data"), line.Text("trafilatura", "/work/data/trafilatura"), line.Value("outputs"), line.Value("write-pages"),
            errors, article,
            set is not ("dev" or "dev2" or "dev3" or "dev4" or "dev5" or "mixed" or "rgate" or "wgate" or "heldout" or "check") ? "--set is dev, dev2, dev3, dev4, dev5, mixed, rgate, wgate, heldout or check"
            : IsGate(set) && (errors || article is not null) ? $"the {set} set is scored as a whole: no --errors, no --article (its pages decide whether a change transfers; they are not read)"
            : line.Value("outputs") is not null && line.Value("claims-model") is not null ? "--claims-model converts the pages in process: not with --outputs"
            : line.Value("listing") is not null && (IsGate(set) || set == "heldout" || line.Value("outputs") is not null) ? "--listing writes what DocReport lists: readable sets only, converted in process"
            : line.Value("brief") is not null && (IsGate(set) || set == "heldout" || line.Value("outputs") is not null) ? "--brief reads the claims the brief lists: readable sets only, converted in process"
            : null) { ClaimsModel = line.Value("claims-model"), Listing = line.Value("listing"), Brief = line.Value("brief") };
    }

    /// <summary>The gates: sets scored as a whole only, whose pages nobody working on the rules reads (check; dev3 from round 22;
    /// rgate, 17 Readability pages, from round 24; wgate, 20 news pages of trafilatura's test half, from round 35).</summary>
    public static bool IsGate(string set) => set is "check" or "dev3" or "rgate" or "wgate";

    /// <summary>Where a gold file's <c># page:</c> line points: under --trafilatura for <c>trafilatura/...</c>, else under --data.</summary>
    public string PagePath(string page) => page.StartsWith("trafilatura/", StringComparison.Ordinal)
        ? Path.Combine(Trafilatura, page["trafilatura/".Length..])
        : Path.Combine(Data, page);
}
