using AgentStudio.Core.Exporting;
using AgentStudio.Core.Exporting.CSharp;

namespace AgentStudio.Tests.Exporting.CSharp;

public sealed class CSharpLiteralsTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\" \\ bye", "\"say \\\"hi\\\" \\\\ bye\"")]
    [InlineData("line\nnext\r\n\ttab", "\"line\\nnext\\r\\n\\ttab\"")]
    [InlineData("Ωmega ünïcode 😀 中文", "\"Ωmega ünïcode 😀 中文\"")]
    [InlineData("sep\u2028para\u2029nel\u0085nul\0", "\"sep\\u2028para\\u2029nel\\u0085nul\\0\"")]
    [InlineData("rtl\u202Eoverride\u200Bzw", "\"rtl\\u202Eoverride\\u200Bzw\"")]
    public void String_EscapesWhatIsInvisibleOrBreaking_AndKeepsTheRest(string value, string literal)
    {
        Assert.Equal(literal, CSharpLiterals.String(value));
    }

    [Fact]
    public void String_WritesALoneSurrogateAsAnEscape_AndKeepsAPair()
    {
        Assert.Equal("\"a\\uD800b\\uDC00c😀\"", CSharpLiterals.String("a\uD800b\uDC00c\uD83D\uDE00"));
    }

    [Fact]
    public void RawLines_UseMoreQuotesThanTheTextHolds()
    {
        Assert.Equal(["\"\"\"\"", "say \"\"\"x\"\"\"", "end", "\"\"\"\""], CSharpLiterals.RawLines("say \"\"\"x\"\"\"\nend"));
        Assert.Equal(["\"\"\"", "a", "", "\"\"\""], CSharpLiterals.RawLines("a\n"));
    }

    [Theory]
    [InlineData("one line", false)]
    [InlineData("two\nlines", true)]
    [InlineData("crlf\r\nlines", false)]
    [InlineData("blank\n   \nline", false)]
    [InlineData("tab\n\tindented", true)]
    [InlineData("hidden\n\u202E", false)]
    public void FitsRawLiteral_OnlyForTextWhoseLinesReadAsWritten(string value, bool fits)
    {
        Assert.Equal(fits, CSharpLiterals.FitsRawLiteral(value));
    }

    [Fact]
    public void Float_IsCultureIndependentAndShort()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("0.2f", CSharpLiterals.Float(0.2));
            Assert.Equal("1f", CSharpLiterals.Float(1));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Names_ArePascalCase_Unique_AndAvoidTakenNames()
    {
        Assert.Equal("CustomerSupportTriage", CSharpNames.Pascal("Customer support triage", "X"));
        Assert.Equal("Agent2go", CSharpNames.Pascal("2go", "Agent"));
        Assert.Equal("Agent", CSharpNames.Pascal("Ωμέγα", "Agent"));
        Assert.Equal(["Billing", "Billing2", "Entry2"], CSharpNames.Unique(["billing", "Billing!", "entry"], "Agent", ["Entry"]));
    }

    [Fact]
    public void CommentText_CannotEndAComment()
    {
        Assert.Equal("a b c d e\uFFFD", CommentText.SingleLine("a\nb\u2028c\rd\u202Ee\uD800"));
        Assert.Equal(["first", "second", "", "third"], CommentText.Lines("first  \r\nsecond\n\nthird"));
    }

    [Fact]
    public void CommentText_WrapsAtSpaces_AndKeepsLineBreaks()
    {
        Assert.Equal(["one two", "three", "four", "", "averyveryverylongword"], CommentText.Wrap("one two three four\n\naveryveryverylongword", 9));
    }
}
