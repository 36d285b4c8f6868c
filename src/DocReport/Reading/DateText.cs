using System.Globalization;
using System.Text.RegularExpressions;
using DocReport.Resources;

namespace DocReport.Reading;

/// <summary>
/// Reads dates as pages and articles write them ("Veröffentlicht am 14. Juni 2019, 15:49", "Publikacja: 04.05.2021",
/// "posted March 8, 2025", "2021/10/16", "2023. március 5.", "2023年3月5日"), in the languages of Reading/Data/month_names.txt. A full ISO timestamp with
/// its zone is kept as it is written; any other date is given as yyyy-MM-dd.
/// </summary>
internal static partial class DateText
{
    private static readonly Lazy<Dictionary<string, int>> Months = new(() => WordList.Load("Reading/Data/month_names.txt")
        .SelectMany((line, i) => line.Normalize().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(name => (name, month: i + 1)))
        .DistinctBy(m => m.name, MonthNameComparer.Instance)
        .ToDictionary(m => m.name, m => m.month, MonthNameComparer.Instance));

    /// <summary>Every month name and abbreviation read, in all the languages of the list; a Greek name also as capitals write
    /// it, without its tonos ("ΜΑΪΟΥ") or with no accent at all ("ΜΑΙΟΥ").</summary>
    public static IEnumerable<string> MonthNames => Months.Value.Keys
        .SelectMany(name => new[] { name, WithoutGreekAccents(name, keepDialytika: true), WithoutGreekAccents(name, keepDialytika: false) }).Distinct();

    // Month names compared without case, and Greek ones without their accents: capitals drop the tonos ("ΔΕΚΕΜΒΡΙΟΥ" for
    // "Δεκεμβρίου") and often the dialytika too, and Greek is also typed with no accents at all.
    private sealed class MonthNameComparer : IEqualityComparer<string>
    {
        public static readonly MonthNameComparer Instance = new();

        public bool Equals(string? x, string? y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x is null ? null : WithoutGreekAccents(x, keepDialytika: false), y is null ? null : WithoutGreekAccents(y, keepDialytika: false));

        public int GetHashCode(string name) => StringComparer.OrdinalIgnoreCase.GetHashCode(WithoutGreekAccents(name, keepDialytika: false));
    }

    private static string WithoutGreekAccents(string name, bool keepDialytika) =>
        !name.Any(c => c is >= '\u0370' and <= '\u03ff' or >= '\u1f00' and <= '\u1fff') ? name
            : new string(name.Normalize(System.Text.NormalizationForm.FormD)
                .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark || keepDialytika && c == '\u0308').ToArray())
                .Normalize();

    /// <summary>Whether <paramref name="word"/> is a month name or its abbreviation ("March", "Dez.").</summary>
    public static bool IsMonthName(string word) => Months.Value.ContainsKey(word.Trim().TrimEnd('.'));

    /// <summary>The first date written anywhere in <paramref name="text"/>, or null; <paramref name="order"/> reads a numeric date
    /// whose day and month could be either ("03/08/2021").</summary>
    public static string? Find(string? text, NumericDateOrder order = NumericDateOrder.Unknown) =>
        string.IsNullOrWhiteSpace(text) ? null : All(text, order).FirstOrDefault()?.Date;

    /// <summary>The calendar day (yyyy-MM-dd) of each date written in <paramref name="text"/>.</summary>
    public static IEnumerable<string> Days(string text, NumericDateOrder order = NumericDateOrder.Unknown) => All(text, order).Select(found => found.Date[..10]);

    /// <summary>
    /// The date of a value that is only a date, perhaps after a label and before a time ("Published: Sunday,
    /// March 3rd, 2024 at 10:30 a.m."); null when the value says anything else.
    /// </summary>
    public static string? ToIso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = DatePrefix().Replace(Prepare(value.Trim()), "");
        if (First(s) is { } found && Weekday().IsMatch(s[..found.Start]) && TimeTail().IsMatch(s[found.End..])) return found.Date;
        // A numeric date whose day and month could be either ("12/03/2026") is no date here: .NET would read it month first.
        if (Numeric().Match(s) is { Success: true } numeric && NumericDate(numeric, NumericDateOrder.Unknown) is null) return null;
        // Other whole-value forms .NET reads ("Sat, 08 Mar 2025 10:00:00 GMT" is a timestamp matched above; "3/8/2025 10:00" is not).
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) && s.Length >= 10 && HasYear().IsMatch(s)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Whether <paramref name="text"/> gives a span of days ("08.01.2027 – 02.02.2027", "vom 8. bis 10. Januar 2027",
    /// "8-10 January 2027"): when something runs (a season's prices, an event), not when a page was published.</summary>
    public static bool IsSpan(string text, NumericDateOrder order = NumericDateOrder.Unknown)
    {
        var dates = All(text, order).OrderBy(found => found.Start).ToList();
        for (var i = 0; i < dates.Count; i++)
        {
            if (DayBeforeSpan().IsMatch(text[..dates[i].Start])) return true;
            if (dates.Skip(i + 1).FirstOrDefault(next => next.Start >= dates[i].End) is { } following && SpanJoin().IsMatch(text[dates[i].End..following.Start])) return true;
        }
        return false;
    }

    private sealed record Found(string Date, int Start, int End);

    private static Found? First(string text) => All(text, NumericDateOrder.Unknown).FirstOrDefault();

    // Text as the patterns read it: composed (a page may write "März" as "Ma" and a combining diaeresis) and with the digits
    // of other scripts as ASCII ones (full-width "２０２１", Arabic-Indic "٢٠٢١", Persian "۲۰۲۱", Devanagari, Thai, ...); neither
    // changes the length of text already so written, so a match's place is the same in both. Text holding a noncharacter or
    // a lone surrogate, which .NET will not compose, is read as it is.
    private static string Prepare(string text)
    {
        if (text.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            try { text = text.Normalize(); }
            catch (ArgumentException) { }
        if (!text.Any(c => c > '\u007f' && char.IsDigit(c))) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] > '\u007f' && char.IsDigit(source[i]) ? (char)('0' + (int)char.GetNumericValue(source[i])) : source[i];
        });
    }

    // Every date written, ISO timestamps first, then year-first, numeric and written-out dates, each kind in text order.
    private static IEnumerable<Found> All(string text, NumericDateOrder order)
    {
        text = Prepare(text);
        foreach (Match iso in IsoTimestamp().Matches(text))
            if (Compose(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value) is { } day)
                yield return new Found(iso.Groups["zone"].Success ? iso.Value : day, iso.Index, iso.Index + iso.Length);
        foreach (Match m in Rfc1123().Matches(text))
            if (Months.Value.TryGetValue(m.Groups["mon"].Value, out var month) && Compose(m.Groups["y"].Value, Number(month), m.Groups["d"].Value) is { } day
                && int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) < 24 && int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture) < 60)
                yield return At($"{day}T{m.Groups["h"].Value}:{m.Groups["min"].Value}:{(m.Groups["s"].Success ? m.Groups["s"].Value : "00")}{Offset(m.Groups["zone"].Value)}", m);
        foreach (Match m in YearFirst().Matches(text))
            if ((m.Groups["space"].Length == 0 || m.Groups["sep"].Value == ".") && Compose(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } date) yield return At(date, m);
        foreach (Match m in Numeric().Matches(text))
            if (NumericDate(m, order) is { } date) yield return At(date, m);
        foreach (Match m in YearMonthDayInSigns().Matches(text))
            if (Compose(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } date) yield return At(date, m);
        foreach (var found in OtherCalendars(text)) yield return found;
        foreach (var m in DayMonthYear().Matches(text).Concat(MonthDayYear().Matches(text)).Concat(YearMonthDay().Matches(text))
                     .Concat(JoinedDayMonthYear().Matches(text)).Concat(ShortYear().Matches(text)).Concat(YearThenDayMonth().Matches(text)).Concat(YearNameDay().Matches(text)))
            if (Months.Value.TryGetValue(m.Groups["mon"].Value.TrimEnd('.'), out var month) && Compose(m.Groups["y"].Value, Number(month), m.Groups["d"].Value) is { } date)
                yield return At(date, m);
    }

    private static Found At(string date, Match m) => new(date, m.Index, m.Index + m.Length);

    // Years counted from another start: Japan's eras ("令和3年3月4日", the first year written "元"), the Republic of China's
    // ("民國110年3月4日"), Thailand's Buddhist era ("4 มีนาคม 2564", "4 มี.ค. 2564"), and Iran's solar calendar with its month
    // names ("۱۴ اسفند ۱۳۹۹"); Vietnamese numbered months ("ngày 4 tháng 3 năm 2021").
    private static IEnumerable<Found> OtherCalendars(string text)
    {
        foreach (Match m in EraYear().Matches(text))
        {
            var year = m.Groups["y"].Value == "元" ? 1 : int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var start = m.Groups["era"].Value switch { "令和" => 2018, "平成" => 1988, "昭和" => 1925, _ => 1911 };
            if (Compose(Number(start + year), m.Groups["m"].Value, m.Groups["d"].Value) is { } date) yield return At(date, m);
        }
        foreach (Match m in ThaiDate().Matches(text))
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = Array.FindIndex(ThaiMonths, names => names.Contains(m.Groups["mon"].Value)) + 1;
            if (Compose(Number(year > 2400 ? year - 543 : year), Number(month), m.Groups["d"].Value) is { } date) yield return At(date, m);
        }
        foreach (Match m in PersianDate().Matches(text))
        {
            var month = Array.FindIndex(PersianMonths, name => name == m.Groups["mon"].Value.Replace('ي', 'ی')) + 1;
            var (year, day) = (int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
            if (month == 0 || day < 1 || day > Persian.GetDaysInMonth(year, month)) continue;
            var gregorian = Persian.ToDateTime(year, month, day, 0, 0, 0, 0);
            if (Compose(Number(gregorian.Year), Number(gregorian.Month), Number(gregorian.Day)) is { } date) yield return At(date, m);
        }
        foreach (Match m in VietnameseDate().Matches(text))
            if (Compose(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } date) yield return At(date, m);
    }

    private static readonly string[][] ThaiMonths =
    [
        ["มกราคม", "ม.ค."], ["กุมภาพันธ์", "ก.พ."], ["มีนาคม", "มี.ค."], ["เมษายน", "เม.ย."], ["พฤษภาคม", "พ.ค."], ["มิถุนายน", "มิ.ย."],
        ["กรกฎาคม", "ก.ค."], ["สิงหาคม", "ส.ค."], ["กันยายน", "ก.ย."], ["ตุลาคม", "ต.ค."], ["พฤศจิกายน", "พ.ย."], ["ธันวาคม", "ธ.ค."],
    ];

    private static readonly PersianCalendar Persian = new();

    private static readonly string[] PersianMonths = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

    // Dots write day.month, with or without a space (a thin one, often) after each dot ("4. 2. 2022", then with the full year); a slash
    // or a hyphen ("03/08/2021", "03-08-2021") is read in the page language's order, or only when the day cannot be the other number.
    private static string? NumericDate(Match m, NumericDateOrder order)
    {
        var separator = m.Groups["sep"].Value;
        if (m.Groups["space"].Length > 0 && (separator != "." || m.Groups["y"].Length != 4)) return null;
        if (separator == "-" && m.Groups["y"].Length != 4) return null;
        var (first, second) = (int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture));
        var year = m.Groups["y"].Value;
        var dayFirst = separator == "." || second <= 12 && (first > 12 || order == NumericDateOrder.DayFirst);
        var monthFirst = !dayFirst && first <= 12 && (second > 12 || order == NumericDateOrder.MonthFirst);
        return dayFirst ? Compose(year, Number(second), Number(first)) : monthFirst ? Compose(year, Number(first), Number(second)) : null;
    }

    // RFC 1123's zone as ISO 8601 writes it: "+0100" is "+01:00", "GMT" and "UT" are "+00:00".
    private static string Offset(string zone) => zone[0] is '+' or '-' ? $"{zone[..3]}:{zone[3..]}" : "+00:00";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Compose(string year, string month, string day)
    {
        if (!int.TryParse(year, out var y) || !int.TryParse(month, out var m) || !int.TryParse(day, out var d)) return null;
        if (year.Length == 2) y += 2000;
        if (y < Validation.PublishedDateRule.FirstYear || y > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?:(?:first\s+)?published|posted|updated|last\s+updated|date|dated|originally\s+published)(?:\s+on)?\s*[:\-–—]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DatePrefix();

    [GeneratedRegex(@"^\s*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?,?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?:\s*(?:,|at|-|–|—|\||·)?\s*\d{1,2}(?:[:.]\d{2}){0,2}\s*(?:[ap]\.?m\.?)?(?-i:\s*[A-Z]{2,4})?(?:\s*[+-]\d{2}:?\d{2})?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeTail();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?<zone>Z|[+-]\d{2}:?\d{2})?)?")]
    private static partial Regex IsoTimestamp();

    // The timestamps of HTTP, e-mail and RSS (RFC 1123, RFC 822): "Tue, 03 Mar 2020 14:02:00 +0100", "3 Mar 2020 14:02 GMT"; the
    // weekday may be left out. Its English month abbreviations, a zone as an offset or in UTC ("GMT", "UT", "UTC", "Z").
    [GeneratedRegex(@"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?(?<d>\d{1,2})\s+(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?<y>\d{4})\s+(?<h>\d{2}):(?<min>\d{2})(?::(?<s>\d{2}))?\s+(?<zone>[+-]\d{4}|GMT|UTC|UT|Z)\b")]
    private static partial Regex Rfc1123();

    // "2021/10/16", "2021.10.16", "2021-3-4" (a year first with one-digit parts), and Korean "2021. 3. 4." with a space after each dot.
    [GeneratedRegex(@"(?<![\d./-])\b(?<y>\d{4})(?<sep>[/.-])(?<space>\s?)(?<m>\d{1,2})\k<sep>\k<space>(?<d>\d{1,2})\b(?![./-]\d)")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"(?<!\d[./-]\s?)\b(?<a>\d{1,2})(?<sep>[./-])(?<space>\s?)(?<b>\d{1,2})\k<sep>\k<space>(?<y>\d{4}|\d{2})\b(?![./-]\d)")]
    private static partial Regex Numeric();

    // "14. Juni 2019", "14.Juni 2019", "1er juin 2019", "1º de marzo del 2020", "5 de març de 2023", "3 d'abril de 2020",
    // "5. maaliskuuta 2023"; a month's name may hold combining marks (Hindi "4 मार्च 2021") and be two letters long (Arabic "آب").
    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:\.\s*|(?:er|st|nd|rd|th|\.?[ºª°])?\s+)(?:de\s+|of\s+|d['’])?(?<mon>[\p{L}\p{M}]{2,12}\.?)(?:,|\s+del?)?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    // "March 3rd, 2024", "Mar. 3 2024", a weekday before the year ("Dec 28 Sat 2013"), and Latin American Spanish "diciembre 07 de 2026".
    [GeneratedRegex(@"\b(?<mon>[\p{L}\p{M}]{2,12}\.?)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,|\s+de)?\s+(?:" + WeekdayName + @"\.?,?\s+)?(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    // A month name joined to its day and year by hyphens, slashes or dots: "03-Mar-2020", "3/March/2020", "03-Mar-20", "04.mar.2021".
    [GeneratedRegex(@"\b(?<d>\d{1,2})(?<sep>[-/.])(?<mon>\p{L}{3,9})\k<sep>(?<y>\d{4}|\d{2})\b(?![-/:]?\d)", RegexOptions.IgnoreCase)]
    private static partial Regex JoinedDayMonthYear();

    // A two-digit year after a month name, marked as a year by an apostrophe ("Mar 3, '21", "3 March '21") or after an
    // abbreviation's dot ("4. Mär. 21", "4 Mar. 21"); not a clock time ("4. Mär. 21:30").
    [GeneratedRegex(@"\b(?:(?<mon>\p{L}{3,12}\.?)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+['’](?<y>\d{2})|(?<d>\d{1,2})(?:\.|st|nd|rd|th)?\s*(?:(?<mon>\p{L}{3,12}),?\s+['’]|(?<mon>\p{L}{3,5}\.)\s*)(?<y>\d{2}))\b(?![:.,]?\d)", RegexOptions.IgnoreCase)]
    private static partial Regex ShortYear();

    private const string WeekdayName = @"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?";

    // Hungarian writes the year first, with dots: "2023. március 5.".
    [GeneratedRegex(@"\b(?<y>\d{4})\.\s+(?<mon>\p{L}{3,12}\.?)\s+(?<d>\d{1,2})\.", RegexOptions.IgnoreCase)]
    private static partial Regex YearMonthDay();

    // A year, a capitalised month name and a day, as PubMed and scholarly meta tags write them ("2021 Mar 4", "2021-Mar-04").
    [GeneratedRegex(@"\b(?<y>\d{4})(?<sep>[ -])(?<mon>(?-i:\p{Lu})\p{L}{2,8}\.?)\k<sep>(?<d>\d{1,2})\b(?![:.,]?\d)", RegexOptions.IgnoreCase)]
    private static partial Regex YearNameDay();

    // Japan's eras and the Republic of China's: "令和3年3月4日", "平成31年4月30日", "令和元年5月1日", "民國110年3月4日".
    [GeneratedRegex(@"(?<era>令和|平成|昭和|民國|民国)\s*(?<y>元|\d{1,3})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日")]
    private static partial Regex EraYear();

    // Thai month names and abbreviations, with a Buddhist-era year ("พ.ศ. 2564") or a Common Era one.
    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s*(?<mon>มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)\s*(?:(?:พ\.\s?ศ\.|ค\.\s?ศ\.)\s*)?(?<y>\d{4})(?!\d)")]
    private static partial Regex ThaiDate();

    // The Iranian solar calendar's month names (with the Arabic or the Persian yeh), a day before and a year of the 1300s or
    // 1400s after ("۱۴ اسفند ۱۳۹۹", "14 اسفند ماه 1399").
    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s+(?<mon>فروردین|فروردين|اردیبهشت|ارديبهشت|خرداد|تیر|تير|مرداد|شهریور|شهريور|مهر|آبان|آذر|دی|دي|بهمن|اسفند)(?:\s+ماه)?\s+(?<y>1[34]\d{2})(?!\d)")]
    private static partial Regex PersianDate();

    // Vietnamese numbers its months: "ngày 4 tháng 3 năm 2021", "4 tháng 3, 2021".
    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})(?:\s+năm|,)\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseDate();

    // A year, then the day and the month's name: Lithuanian "2021 m. kovo 4 d.", Latvian "2021. gada 4. martā", Basque
    // "2021ko martxoaren 4a".
    [GeneratedRegex(@"\b(?<y>\d{4})(?:\s*m\.\s*(?<mon>\p{L}{3,12})\s+(?<d>\d{1,2})\s*d\.|\.\s*gada\s+(?<d>\d{1,2})\.\s*(?<mon>\p{L}{3,12})|(?:ko|eko)\s+(?<mon>\p{L}{3,12})\s+(?<d>\d{1,2})(?:a|ean|an)?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex YearThenDayMonth();

    // Chinese, Japanese and Korean: "2023年3月5日", "2023년 3월 5일".
    [GeneratedRegex(@"(?<y>\d{4})\s*[年년]\s*(?<m>\d{1,2})\s*[月월]\s*(?<d>\d{1,2})\s*[日일]")]
    private static partial Regex YearMonthDayInSigns();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex HasYear();

    // What joins the two ends of a span: a dash or a tilde, or "bis", "to", "until", "through", "au", "al", "hasta", "fino al",
    // "tot", "do", "до".
    private const string SpanWords = @"(?:bis|to|until|till|through|au|al|hasta|fino al|tot|do|до)";

    [GeneratedRegex(@"^\s*(?:[-–—~]|" + SpanWords + @")\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SpanJoin();

    // A first day just before a date that ends a span: "8.–10. Januar", "8-10 January", "8. bis 10. Januar"; a dash with spaces
    // around it is left, as it sets a number apart ("Folge 12 – 7. Dezember 2026").
    [GeneratedRegex(@"(?<![\d.:])\d{1,2}\.?(?:[-–—]|\s+" + SpanWords + @"\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DayBeforeSpan();
}
