using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Resources;

namespace DocReport.Reading;

/// <summary>Recognises byline text ("By Jane Doe and John Roe") and splits it into author names.</summary>
internal static partial class BylineText
{
    private static readonly Lazy<HashSet<string>> Weekdays = new(() => WordList.Load("Reading/Data/weekday_names.txt")
        .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase));

    // A line of up to four authors with their outlets or roles.
    private const int MaxNameLine = 120;

    // What a form or a template writes where no author is named.
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
        { "name", "no author", "unknown", "publisher", "admin", "administrator", "user", "owner", "microsoft office user", "windows user" };

    // A newsroom's role or desk in an author's place ("Staff Writer", "Redaktion", "Editorial Team", "red.", its German and
    // Polish abbreviation): no person's name.
    private static readonly HashSet<string> Newsroom = new(StringComparer.OrdinalIgnoreCase)
        { "staff", "writer", "writers", "reporter", "reporters", "editor", "editors", "editorial", "team", "desk", "newsroom",
          "redaktion", "rédaction", "redacción", "redazione", "redação", "redactie", "redakcja", "red" };

    // Roles a byline puts before a person's name, in the languages of the pages read (the newsroom's words above among them).
    private static readonly HashSet<string> Roles = new(Newsroom.Concat(
        ["experte", "expertin", "expert", "autor", "autorin", "author", "gastautor", "gastautorin", "redakteur", "redakteurin",
         "korrespondent", "korrespondentin", "correspondent", "columnist", "kolumnist", "kolumnistin", "journalist", "journalistin",
         "journaliste", "chroniqueur", "chroniqueuse", "periodista", "corresponsal", "giornalista", "corrispondente"]), StringComparer.OrdinalIgnoreCase);

    /// <summary>The author names of a line that is a byline ("By ..."), or an empty list.</summary>
    public static IReadOnlyList<string> AuthorsOfBylineLine(string line)
    {
        var m = BylineLine().Match(line.Trim());
        return m.Success ? SplitNames(m.Groups["names"].Value) : [];
    }

    /// <summary>
    /// The authors of a line of names alone, without "By" ("Jane Doe and John Roe", "Jane Doe, Reuters", "Ana Ruiz, Political
    /// Correspondent"): every part a person's name, a news outlet or a role, one at least a person's; an empty list for any
    /// other line, a sentence among them.
    /// </summary>
    public static IReadOnlyList<string> AuthorsOfNameLine(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxNameLine || text.Contains('\n')) return [];
        var parts = NameSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return parts.Any(IsPersonName) && parts.All(p => IsPersonName(p) || IsOutlet(p) || IsRole(p)) ? SplitNames(text) : [];
    }

    /// <summary>Names in a byline value that may start with "By" and list several people; a date or role after a dash or bar is left out.
    /// <paramref name="asShown"/>: the byline the page shows, whose account names and site-named desks stay (<see cref="NameOnly"/>).</summary>
    public static IReadOnlyList<string> SplitNames(string value, bool asShown = false)
    {
        var text = Label().Replace(PersonSide(Spaces().Replace(value.Trim(), " "), TrailingSeparator()), "");
        var parts = NameSeparator().Split(text).Select(p => p.Trim(Marks)).SelectMany(PairOfPersons).ToList();
        // A country after the names is where they write from ("Ana Ruiz, Münster, Germany"), not an author, and so is the town
        // before it unless it opens with a given name; alone a country may be a name ("Jordan").
        var names = parts.Where((p, i) => parts.Count == 1 || !SourceLexicon.Countries.Contains(p)
                && !(parts.Count > 2 && i + 1 < parts.Count && SourceLexicon.Countries.Contains(parts[i + 1]) && !OpensWithGivenName(p)))
            .Select(p => NameOnly(p, asShown)).OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        // With a person beside it, a country is where they write from and an outlet is the wire they write for ("Ana Ruiz,
        // Associated Press"): neither is an author.
        return names.Count > 1 ? names.Where(n => !SourceLexicon.Countries.Contains(n) && !IsOutlet(n)).ToList() : names;
    }

    private static bool IsOutlet(string name) =>
        SourceLexicon.Media.Contains(name) || name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) && SourceLexicon.Media.Contains(name[4..]);

    /// <summary>
    /// The name alone in one author value: a label before it ("By", "Posted by", "Autor:", "Veröffentlicht von"), marks around
    /// it and a date or date label after it ("am Samstag", "Updated: January 3") left out; null when what is left is no name
    /// (a date, a weekday, a label, a web or mail address, a placeholder such as "Name *", a template's credit, an initial alone). A site account's
    /// name and a value holding a host name are no author in a metadata field, but stay <paramref name="asShown"/> in a byline.
    /// </summary>
    public static string? NameOnly(string value, bool asShown = false)
    {
        var text = WithoutLabels(Spaces().Replace(WebAddressBeside().Replace(value, " "), " "));
        text = OtherContributor().Replace(DatePart().Replace(PersonSide(text, RoleSeparator()), ""), "");
        // A role in brackets after the name ("Karin Holm (Editor)") is no part of it.
        if (BracketedRole().Match(text) is { Success: true } bracket && IsRole(bracket.Groups["role"].Value)) text = text[..bracket.Index];
        var digits = DigitsAfter().Match(text);
        // A site account's name may end in digits ("freeman1984", "r23"): one word, letters then digits, is a handle, not a name and a date.
        var dated = digits.Success && !(Handle().Match(text) is { Success: true } handle && !DateText.IsMonthName(handle.Groups["letters"].Value));
        if (dated) text = text[..digits.Index];
        // A label before a number is a count or a field of the page ("Kommentare: 4"), not a name.
        if (dated && text.TrimEnd().EndsWith(':')) return null;
        text = ClosingDot().Replace(text.Trim(Marks), "");
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The date's month before its day ("Nathan Roe March 25, 2015" read up to the day) is no part of the name.
        if (dated && words.Length > 1 && words.Reverse().TakeWhile(w => DateText.IsMonthName(w.TrimEnd(',')) || Weekdays.Value.Contains(w.TrimEnd('.', ','))).Count() is var dateWords
            && dateWords > 0 && dateWords < words.Length)
        {
            words = words[..^dateWords];
            text = ClosingDot().Replace(string.Join(' ', words).Trim(Marks), "");
        }
        // A role before the name ("FOCUS-Online-Experte Robin Roe", "Gastautor Max Roe") is no part of it.
        if (words.Length >= 3 && Roles.Contains(words[0].Split('-')[^1]) && string.Join(' ', words[1..]) is var person
            && IsPersonName(person))
            (text, words) = (person, words[1..]);
        if (text.Length <= 1 || text.Length > 80 || text.Length == 2 && text[1] == '.' || Placeholders.Contains(text) || IsAdminAccount(text) || words.All(w => Newsroom.Contains(w)) || IsRole(text) || Address().IsMatch(text) || HostName().IsMatch(text) || !asShown && HostWord().IsMatch(text) || PictureCredit().IsMatch(text) || TemplateCredit().IsMatch(text)
            || !asShown && IsAccountName(text) || LegalForm().IsMatch(text)) return null;
        // A person's name in a script with capitals opens with one, or with a particle before one ("van Gogh"): several words
        // opening with another small word are a phrase ("deinen Hochzeitsbloggern", "selbst ist der Mann"); one such word is a handle.
        if (words.Length > 1 && char.IsLower(words[0][0]) && !NameParticle().IsMatch(words[0])) return null;
        // A month name is a name ("June") unless a day or year followed it; a weekday never is.
        if (words.All(w => Weekdays.Value.Contains(w.TrimEnd('.', ',')) || dated && DateText.IsMonthName(w))) return null;
        // Trimming the marks around a name takes a bracket's close too ("Ana Roe (with Ben Cole)"): it is put back.
        return text + new string(')', Math.Max(0, text.Count(c => c == '(') - text.Count(c => c == ')')));
    }

    /// <summary>Whether <paramref name="text"/> is a byline's label and nothing else ("Posted on", "By", "Autor:").</summary>
    public static bool IsLabelAlone(string text) => WithoutLabels(Spaces().Replace(text, " ")).Length == 0;

    // The text less the labels before it ("Posted by", "Autor:"), however many, and the marks around it.
    private static string WithoutLabels(string text)
    {
        text = text.Trim(Marks);
        for (var stripped = Label().Replace(text, "").Trim(Marks); stripped != text; stripped = Label().Replace(text, "").Trim(Marks)) text = stripped;
        return text;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a site account's user name, not a person's name as a byline prints it: one word
    /// in lower-case letters only ("jdoe", "ana.la.rosa", "red.", "kj"), or words joined by a dot or an underscore ("Ana.Roe",
    /// "Ana_Roe"). A name in capitals ("AFP", "LN") or with one ("Creeny") stays, and so does one in a script without capitals
    /// ("肖春芳").
    /// </summary>
    public static bool IsAccountName(string text) =>
        !text.Contains(' ') && (text.Where(char.IsLetter).ToList() is { Count: > 0 } letters && letters.All(char.IsLower) || JoinedWords().IsMatch(text));

    // A site's administrator account in a byline ("wpadmin", "OrAdmin"): the software's default user, no person.
    private static bool IsAdminAccount(string text) => !text.Contains(' ') && text.Length > 5 && text.EndsWith("admin", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="text"/> is a role or a desk, not a person ("Political Correspondent", "Senior Reporter",
    /// "Environment Editor", "Metro Desk"): a few words ending in a role's, the first no given name.</summary>
    public static bool IsRole(string text)
    {
        var words = text.Trim(Marks).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && Roles.Contains(words[^1].Split('-')[^1].TrimEnd('.')) && (words.Length == 1 || !SourceLexicon.IsFirstName(words[0]));
    }

    /// <summary>Whether <paramref name="line"/> is a byline naming a newsroom's role and no person ("By Staff Reporter", "By Our Correspondent").</summary>
    public static bool IsRoleByline(string line) =>
        BylineLine().Match(line.Trim()) is { Success: true } m && NameSeparator().Split(m.Groups["names"].Value).Where(p => p.Trim().Length > 0) is var parts
        && parts.Any() && parts.All(p => IsRole(OurOrA().Replace(p.Trim(), "")));

    // What a dash parts is a name and a role, a date or an outlet, mostly in that order ("Kiran Nair - Safe Browsing team"),
    // the name first; the outlet comes first too ("unocero - Alberto Ávila"): the right side is kept when it opens with a
    // given name and the left does not.
    private static string PersonSide(string text, Regex separator)
    {
        var dash = separator.Match(text);
        if (!dash.Success) return text;
        var left = text[..dash.Index];
        var rest = text[(dash.Index + dash.Length)..];
        var right = separator.Match(rest) is { Success: true } next ? rest[..next.Index] : rest;
        return !OpensWithGivenName(Label().Replace(left, "")) && IsPersonName(right) ? right : left;
    }

    /// <summary>The names less the site's own: a publisher that fills the author field with its name ("Harbour Wire") names no
    /// author. A person's name stays (a personal site bears its owner's name): one that opens with a given name, or one the page
    /// marks as a person and shaped as a name ("Haki Benita"); a site that types its one-word name a Person ("Solarserver") is none.</summary>
    public static IReadOnlyList<string> WithoutSiteName(IReadOnlyList<string> names, IReadOnlyList<string> persons, params string?[] siteNames)
    {
        var sites = siteNames.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => Key(s!)).ToHashSet();
        return names.Where(n => !sites.Contains(Key(n)) || persons.Contains(n, StringComparer.OrdinalIgnoreCase) && PersonShaped().IsMatch(n)
            || IsPersonName(n)).ToList();
    }

    /// <summary>Whether <paramref name="name"/> is shaped as a person's: it opens with a given name and runs two to four capitalised words.</summary>
    public static bool IsPersonName(string name) => OpensWithGivenName(name) && PersonShaped().IsMatch(name);

    // Letters and digits only, lower case, without accents: "LA NACIÓN" and "La Nacion" are one name.
    public static string Key(string name) =>
        new string(name.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

    private static bool OpensWithGivenName(string text) =>
        text.TrimStart(Marks).Split(' ', 2)[0] is var first && SourceLexicon.IsFirstName(first);

    /// <summary>The names in one author field of a page's metadata: several only when a bar or semicolon parts them
    /// ("Ana Ruiz | Ben Cole"); a comma or "and" may belong to one organisation's name.</summary>
    public static IEnumerable<string> NamesOfField(string value) =>
        FieldSeparator().Split(value).SelectMany(PairOfPersons).Select(n => NameOnly(n)).OfType<string>();

    /// <summary>
    /// Two people joined by "and" in another language ("Ana Roe und Ben Cole", "Ana Roe et Ben Cole", "y", "e", "i", "en",
    /// "oraz", "och", "og", "és"): each side a person's name that opens with a given name. An organisation's name with the
    /// same word ("Bildung und Forschung", "Kirche und Leben") stays whole.
    /// </summary>
    private static IEnumerable<string> PairOfPersons(string part) =>
        OtherAnd().Match(part.Trim()) is { Success: true } m && m.Groups["first"].Value is var first && m.Groups["second"].Value is var second
        && IsPersonName(first) && IsPersonName(second)
            ? [first, second] : [part];

    // Marks around a name; a closing dot is kept after an initial or an abbreviation ("Nicolas Roe C.", "Jr.", "red.").
    private static readonly char[] Marks = [' ', ',', ';', ':', '|', '/', '*', '-', '–', '—', '·', '\'', '"', '‘', '’', '“', '”', '«', '»', '(', ')'];

    [GeneratedRegex(@"^(?i:by|written\s+by|words\s+by|story\s+by|posted\s+by|authors?:|(?:text\s+)?von|par|por|door|przez)\s+(?<names>\p{Lu}[\p{L}\p{M}.'’\-]*(?:[\s,]+(?:and\s+|&\s+)?\p{Lu}[\p{L}\p{M}.'’\-]*|\s+(?:van|von|de|der|da|di|du|la|le|bin|al|ibn)\b){0,11})\s*$")]
    private static partial Regex BylineLine();

    // A name runs up to a number after a space or a small letter: "Lucas Nolan22 Dec 2016" is Lucas Nolan, "TAG24" stays.
    [GeneratedRegex(@"(?:^|(?<=[\s\p{Ll}]))\d")]
    private static partial Regex DigitsAfter();

    [GeneratedRegex(@"^(?<letters>\p{L}[\p{L}._]*)\d+$")]
    private static partial Regex Handle();

    // A dot closing a word of four letters or more is punctuation, not an abbreviation's.
    [GeneratedRegex(@"(?<=\p{L}{4})\.+$")]
    private static partial Regex ClosingDot();

    // A spaced hyphen or dash between a name and a role or an outlet: "Kiran Nair - Safe Browsing team".
    [GeneratedRegex(@"\s+[-—–·]\s+")]
    private static partial Regex RoleSeparator();

    // Particles of a family name, written small ("de", "van", "bin").
    private const string Particles = "van|von|de|der|da|di|du|del|la|le|bin|al|ibn";

    // A person's name: two to four capitalised words (initials, "Jr.", particles such as "de" or "van" between them).
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’\-]*|" + Particles + @")){1,3}$")]
    private static partial Regex PersonShaped();

    [GeneratedRegex("^(?:" + Particles + ")$")]
    private static partial Regex NameParticle();

    [GeneratedRegex(@"\s*[|;]\s*")]
    private static partial Regex FieldSeparator();

    // Labels before a name, in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish and Swedish ("By", "Posted by",
    // "Autor:", "Veröffentlicht von", "Posted on", "Über", "Datum:"); glued to the name by a page's markup ("AuthorAndreas Kalt")
    // when a capital follows.
    [GeneratedRegex(@"^(?i:(?:posted|published|veröffentlicht|publié|publicado|pubblicato)\s+(?:on|am|le|el|il)"
        + @"|(?:(?:post|article|story|words|written|posted|published|created|text|beitrag)\s+)?(?:author\s+)?(?:by|von|par|por|di|door|av|przez)"
        + @"|(?:veröffentlicht|geschrieben|verfasst|erstellt|eingestellt|publié|escrito|publicado|scritto|geplaatst)(?:\s+(?:von|par|por|da|door|av))?"
        + @"|post\s+author|about\s+the\s+author|über|autor(?:in)?|authors?|auteur|autore|posted|published"
        + @"|(?:datum|date|fecha|data)(?=\s*:))(?:\s*[:\-–—]\s*|\s+|(?-i:(?<=\p{Ll})(?=\p{Lu}))|$)")]
    private static partial Regex Label();

    // "(Editor)", "(Staff Writer)" closing a name; its closing bracket may be trimmed already with the marks around the name.
    [GeneratedRegex(@"\s*\((?<role>[^()]+)\)?$")]
    private static partial Regex BracketedRole();

    // "Our", "A" or "The" before a newsroom's role ("By Our Correspondent", "By A Staff Writer").
    [GeneratedRegex(@"^(?i:our|a|an|the)\s+")]
    private static partial Regex OurOrA();

    // A date or a date label after a name: "am", "on", "le" before a weekday or a number, or "am"/"on" closing the value
    // ("MORITZ GATHMANN am", "Isabella Roe am Samstag", "Ana Roe at 10:15"); "Updated", "Published", "Aktualisiert" and what follows.
    [GeneratedRegex(@"(?:\s+(?-i:am|on|at)\s*$|\s+(?-i:am|on|at|le|el|il|den)\s+(?:\p{L}+\.?,?\s+)?\d|\s+(?-i:am|on|le|el|il)\s+(?i:\p{L}+day|\p{L}+tag|sonnabend|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
        + @"|\s+(?-i:vor|hace|il\s+y\s+a)\s+\d|\s*\b(?i:updated|last\s+updated|published|posted|aktualisiert|veröffentlicht|erschienen|mis\s+à\s+jour|publié|actualizado|publicado|aggiornato|pubblicato)\b).*$")]
    private static partial Regex DatePart();

    // What follows a dash or bar in a byline is a date, a place or a role: "Jeff Foust — November 18, 2019".
    [GeneratedRegex(@"\s+[—–|·]\s+")]
    private static partial Regex TrailingSeparator();

    // An ampersand beside a single letter joins a name ("Mac & i", "B & Q"), not two people.
    [GeneratedRegex(@"\s*(?:,|;|\band\b|(?<!\b\p{L}\s*)&(?!\s*\p{L}\b)|\|)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NameSeparator();

    // Another contributor after the author, with a role that is no authorship ("Rob Roe Edited by Ana Cole", "Illustrations
    // by ...", "Fotos von ..."): the editor, illustrator, photographer or translator is no author, and neither is the label.
    [GeneratedRegex(@"(?:^|\s+)(?i:(?:edited|illustrat(?:ed|ions?)|photo(?:graph)?s|photographed|translated|reviewed|fact-checked|additional\s+reporting)\s+by|(?:fotos|illustration(?:en)?|bearbeitet|übersetzt)\s+von)\b.*$")]
    private static partial Regex OtherContributor();

    // "and" between two names in German, French, Spanish, Portuguese, Italian, Polish, Dutch, Swedish, Norwegian and Hungarian.
    [GeneratedRegex(@"^(?<first>\S+(?:\s+\S+){1,3}?)\s+(?:und|et|y|e|i|en|oraz|och|og|és)\s+(?<second>\S+(?:\s+\S+){1,3})$")]
    private static partial Regex OtherAnd();

    // A user name's words joined by a dot or an underscore: "Ana.Roe", "ana_roe", "ana.la.rosa".
    [GeneratedRegex(@"\p{L}[._]\p{L}")]
    private static partial Regex JoinedWords();

    // A company's legal form closing its name: "Harbour Media GmbH", "Roe AG", "Roe & Co. KG", "Roe Ltd", "Roe S.A.".
    [GeneratedRegex(@"\s(?:GmbH|gGmbH|mbH|AG|KG|KGaA|OHG|UG|SE|e\.\s?V\.|Ltd\.?|Inc\.?|LLC|PLC|plc|S\.\s?A\.?|SA|S\.\s?L\.?|SL|S\.r\.l\.|Srl|SRL|S\.p\.A\.|SpA|B\.V\.|BV|N\.V\.|NV|Sp\.\s?z\s?o\.\s?o\.)$")]
    private static partial Regex LegalForm();

    // A web or mail address: "www.example.com", "facebook.com/page", "jane[at]example.net", "jane@example.net"; not "AFP/The Local".
    [GeneratedRegex(@"^(?:https?://|www\.)|@|\[at\]|\.\p{L}{2,}/", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    // A site's host name in the author's place: "harbourwire.de", "Harbour-News.com"; not a user name ("ana.la.rosa").
    [GeneratedRegex(@"^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:[a-z]{2}|com|net|org|info|news|online|blog|media)$")]
    private static partial Regex HostName();

    // A site's host name among the words of an author value ("stol.it / Harbour Online", "Ana Roe harbourwire.de"): the site's
    // name or its credit, no author's; an initial's dot ("T. V. Raman") or an abbreviation's ("e.V.") is no host name.
    [GeneratedRegex(@"(?:^|\s)[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:[a-z]{2}|com|net|org|info|news|online|blog|media)(?=\s|$)")]
    private static partial Regex HostWord();

    // A template's or a site's credit in the author's field ("Ana Roe und Ben Cole designed", "Powered by ...", "Theme by ...",
    // "Made in Chile with Drupal by ..."): a content system's name is never part of an author's.
    [GeneratedRegex(@"\b(?:designed|powered|theme|template|drupal|wordpress|joomla|typo3)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TemplateCredit();

    // A web address after a name, in brackets or not: "Bradley Roe (https://example.org/~roe/)".
    [GeneratedRegex(@"(?<=\p{L}\.?)\s+\(?(?:https?://|www\.)\S*\)?")]
    private static partial Regex WebAddressBeside();

    // A picture credit in a byline's place: "Foto: ...", "Photo by ...", "Фото из ...".
    [GeneratedRegex(@"^(?:photo|foto|фото|bild|image|picture)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PictureCredit();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
