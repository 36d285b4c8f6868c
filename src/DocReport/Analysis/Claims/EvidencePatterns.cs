using System.Text.RegularExpressions;

namespace DocReport.Analysis.Claims;

/// <summary>The patterns of numeric and temporal evidence, compiled at build time; each is one pass over a sentence.</summary>
internal static partial class EvidencePatterns
{
    // Building blocks, joined by string concatenation so every pattern below is a constant.
    private const string Digits = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
    private const string Scale = @"(?:\s(?i:thousand|million|billion|trillion)\b|(?:bn|mn|m|k)\b)?";
    private const string Hedge = @"(?:(?i:more than|less than|fewer than|over|nearly|almost|about|around|approximately|roughly|at least|at most|up to|as many as|as much as|just over|just under|under|below|above|close to|an estimated|some)\s)?";
    private const string Amount = Hedge + @"(?:" + Digits + @")" + Scale;
    private const string SpelledNumber = @"(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|thousands|millions|billions|dozens)";
    private const string SpelledAmount = SpelledNumber + @"(?:\s(?i:and a half))?(?:\s(?i:hundred|thousand|million|billion|trillion))?";
    /// <summary>The currency words of <see cref="Money"/>, which a sum written without a digit needs ("three million dollars").</summary>
    public const string CurrencyWords = "dollars|euros|pounds|yen|yuan|rubles|roubles|rupees|francs|usd|eur|gbp";
    private const string Currency = @"(?i:" + CurrencyWords + @")\b";
    private const string MonthName = @"(?:January|February|March|April|May(?=\s+\d)|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?";
    private const string Weekday = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string Year = @"(?:1[6-9]|20)\d\d";
    private const string CountWord = @"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|a few|a|an)";
    private const string TimeUnit = @"(?i:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)";
    private const string Unit = @"(?i:people|persons|residents|citizens|workers|employees|soldiers|troops|civilians|children|students|patients|voters|refugees|migrants|deaths|cases|jobs|homes|households|families|"
        + @"km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|square\s(?:miles?|kilomet(?:re|er)s?|met(?:re|er)s?)|hectares?|acres?|kg|kilo(?:gram)?s?|tons?|tonnes?|pounds of|barrels?|lit(?:re|er)s?|gallons?|"
        + @"degrees?|mw|gw|kwh|megawatts?|gigawatts?|mph|km/h)\b";

    [GeneratedRegex(@"(?<![\w.])" + Hedge + @"(?:(?:US\$|[$€£¥])\s?(?:" + Digits + @")" + Scale + @"|(?:" + Digits + @")" + Scale + @"\s" + Currency + @"|\b" + SpelledAmount + @"\s" + Currency + @")")]
    public static partial Regex Money();

    [GeneratedRegex(@"(?<![\w.])" + Amount + @"\s?(?:%|(?i:percent|per cent|percentage points?)\b)")]
    public static partial Regex Percent();

    [GeneratedRegex(
        @"\b" + MonthName + @"\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s" + Year + @")?\b"
        + @"|\b\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?" + MonthName + @"(?:,?\s" + Year + @")?\b"
        + @"|\b(?:(?i:early|mid|late)[-\s])?" + MonthName + @",?\s" + Year + @"\b"
        + @"|\b" + Year + @"-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)\b"
        + @"|(?<=\b(?i:in|since|by|until|till|from|before|after|during|of|between|and|to|year|early|late|mid)[\s-](?:the\s)?)" + Year + @"s?\b(?![,.]?\d)"
        + @"|\b(?i:the\s)" + Year + @"s\b"
        + @"|\b(?i:last|next|this|past|previous|coming|earlier this|later this)\s(?:(?i:week|month|year|decade|century|spring|summer|autumn|fall|winter|weekend|quarter)|" + Weekday + @")\b"
        + @"|\b(?i:yesterday|today|tomorrow|tonight)\b|\b" + Weekday + @"\b"
        + @"|\b(?:\d+|" + CountWord + @")\s" + TimeUnit + @"\s(?i:ago|earlier|later)\b")]
    public static partial Regex Date();

    // A year standing alone ("an 1865 novella", "the 2017 festival") places a fact in time; it counts nothing.
    [GeneratedRegex(@"(?<![\w.,$€£¥-])(?:1[89]\d\d|20[0-4]\d)(?![\w%,.-]?\d)(?!\s?(?:%|(?i:percent|per cent)))")]
    public static partial Regex BareYear();

    // A person's or a thing's age: "a 34-year-old man", "six months old", "aged 71", "at the age of 9", and the age set
    // between commas after a name ("Eloise Parry, 21, was taken ..."). An average, median or mean age is a statistic, so a
    // span after one of those words is left to the other patterns (looked for behind the span's end, so only once a span is found).
    [GeneratedRegex(@"(?:"
        + @"(?<![\w.,])(?:\d{1,3}(?:\.\d)?|" + CountWord + @")(?:[-\s]and[-\s]a[-\s]half)?[-\s]" + TimeUnit + @"[-\s](?i:old)\b"
        + @"|\b(?i:aged|at age|the age of)\s\d{1,3}\b"
        + @"|(?<=\b\p{Lu}[\p{L}'’.-]*\s(?:\p{Lu}\.\s)?\p{Lu}[\p{L}'’-]+,\s)\d{1,3}(?=,\s))"
        + @"(?<!\b(?i:average|median|mean)\b[^;]{0,60})")]
    public static partial Regex Age();

    // An age is not a duration.
    [GeneratedRegex(@"\b(?:\d+(?:\.\d+)?|" + CountWord + @")(?:[-\s]and[-\s]a[-\s]half)?[-\s]" + TimeUnit + @"\b(?![-\s]old\b)")]
    public static partial Regex Duration();

    [GeneratedRegex(@"(?<![\w.$€£¥])" + Amount + @"\s" + Unit)]
    public static partial Regex Quantity();

    [GeneratedRegex(@"(?<![\w.$€£¥])" + Amount + @"(?![\w%])|(?<![\w-])" + Hedge + SpelledAmount + @"(?![\w-])")]
    public static partial Regex Number();
}
