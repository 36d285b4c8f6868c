using System.Reflection;
using System.Text.RegularExpressions;
using DocReport.Validation;

namespace DocReport.Tests.Validation;

/// <summary>Users filter the Validation sheet and dataset.json by code: every code has the one documented shape.</summary>
public class ValidationCodeTests
{
    [Fact]
    public void Every_code_is_DR_followed_by_upper_case_words_joined_by_hyphens()
    {
        var codes = typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!).ToList();

        Assert.Contains("DR-XLSX-CELL-TRUNCATED", codes);
        Assert.All(codes, code => Assert.Matches(new Regex("^DR(-[A-Z]+)+$"), code));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}
