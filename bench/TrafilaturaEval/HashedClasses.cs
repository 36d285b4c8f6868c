using System.Text;
using System.Text.RegularExpressions;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>
/// A page with every class and id token replaced by a hash of itself (`class="entry-content"` → `class="x3f9a1c"`): the
/// template's structure stays, its vocabulary goes. The extractor's class and id word lists were fitted on the dev half, and an
/// unseen site names its boxes in words (other languages, hashed CSS-module names) those lists do not hold; the dev figures on
/// hashed pages show what the structural rules alone do there (`--hash-classes`).
/// </summary>
internal static partial class HashedClasses
{
    // Latin-1 maps each byte to one character and back, so the page's own encoding (and its declaration) is untouched.
    private static readonly Encoding Bytes = Encoding.Latin1;

    public static byte[] Of(byte[] page) =>
        Bytes.GetBytes(Attribute().Replace(Bytes.GetString(page), m =>
            m.Groups["name"].Value + m.Groups["quote"].Value + string.Join(' ', m.Groups["value"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Hash)) + m.Groups["quote"].Value));

    private static string Hash(string token) => "x" + Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(Bytes.GetBytes(token)))[..6];

    [GeneratedRegex("""(?<name>\s(?:class|id)\s*=\s*)(?<quote>["'])(?<value>.*?)\k<quote>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Attribute();
}
