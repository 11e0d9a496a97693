using System.Text;
using System.Text.Json.Nodes;
using AgentStudio.Core.Serialization;
using AgentStudio.Core.Validation;
using AgentStudio.Designs;
using AgentStudio.Tests.Fakes;

namespace AgentStudio.Tests.Core.Serialization;

/// <summary>Text below the JSON level: bytes that are not UTF-8, unpaired surrogate escapes, properties written twice.</summary>
public sealed class DesignTextProblemTests
{
    private const string Header = "\"format\":\"agentstudio.design\",\"version\":1";

    [Theory]
    [InlineData("{" + Header + ",\"name\":\"\\ud800\"}", "$.name")]
    [InlineData("{" + Header + ",\"name\":\"ok\",\"agents\":[{\"id\":\"a\\udc00b\",\"name\":\"A\"}]}", "$.agents[0].id")]
    [InlineData("{" + Header + ",\"name\":\"ok\",\"description\":\"tail \\ud83d\"}", "$.description")]
    [InlineData("{" + Header + ",\"name\":\"ok\",\"future\":{\"list\":[1,\"\\ude00\\ud83d\"]}}", "$.future.list[1]")]
    public void LoneSurrogateInAString_IsAProblemAtItsPath_NotAnException(string json, string path)
    {
        var problem = Single(json);

        Assert.Equal((ProblemCodes.LoneSurrogate, path), (problem.Code, problem.Path));
        Assert.Contains("unpaired surrogate", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoneSurrogateInALayoutKey_IsAProblemAtThatKey()
    {
        var problem = Single("{" + Header + ",\"name\":\"ok\",\"layout\":{\"\\ud800\":{\"x\":1,\"y\":2}}}");

        Assert.Equal((ProblemCodes.LoneSurrogate, "$.layout['\\ud800']"), (problem.Code, problem.Path));
        Assert.Contains("property name", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoneSurrogateCharacterInText_IsAProblem()
    {
        var problem = Single("{" + Header + ",\"name\":\"a\ud800\"}");

        Assert.Equal(ProblemCodes.LoneSurrogate, problem.Code);
    }

    [Fact]
    public void EscapedSurrogatePair_Loads_AndIsWrittenAsRealUtf8()
    {
        var loaded = DesignSerializer.Load("{" + Header + ",\"name\":\"smile \\ud83d\\ude00\"}");

        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        Assert.Equal("smile 😀", loaded.Design!.Name);
        Assert.Contains("\"name\": \"smile 😀\"", DesignSerializer.Write(loaded.Design), StringComparison.Ordinal);
    }

    [Fact]
    public void DesignHoldingALoneSurrogate_IsWrittenWithAReplacementCharacter_SoItAlwaysReopens()
    {
        // JavaScript strings may carry one into the designer; the file must still load.
        var design = new AgentStudio.Core.Designs.DesignDocument { Name = "a\ud800b" };

        var stored = DesignSerializer.LoadStored(DesignSerializer.WriteCompact(design));
        var file = DesignSerializer.Load(DesignSerializer.Write(design));

        Assert.Equal("a\uFFFDb", stored.Design!.Name);
        Assert.Equal("a\uFFFDb", file.Design!.Name);
    }

    [Fact]
    public void InvalidUtf8_IsAProblemWithLineColumnAndOffset()
    {
        var bytes = Utf8("{\n" + Header + ",\n\"name\":\"caf").Concat(new byte[] { 0xE9 }).Concat(Utf8("\"}")).ToArray();

        var problem = Assert.Single(DesignSerializer.Load(bytes).Problems);

        Assert.Equal(ProblemCodes.InvalidUtf8, problem.Code);
        Assert.Contains($"line 3, column 12 (byte offset {bytes.Length - 3})", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8ByteOrderMark_IsSkipped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8("{" + Header + ",\"name\":\"x\"}")).ToArray();

        Assert.True(DesignSerializer.Load(bytes).Succeeded);
    }

    [Fact]
    public void DuplicateKeys_AreWarnedAtTheirPath_AndTheLastValueWins()
    {
        var loaded = DesignSerializer.Load("{" + Header + ",\"name\":\"first\",\"name\":\"last\",\"layout\":{\"a\":{\"x\":1,\"y\":2,\"x\":3}}}");

        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        Assert.Equal("last", loaded.Design!.Name);
        Assert.Equal(3, loaded.Design.Layout["a"].X);
        Assert.Equal(["$.name", "$.layout.a.x"], loaded.Problems.Select(p => p.Path));
        Assert.All(loaded.Problems, p => Assert.Equal((ProblemCodes.DuplicateProperty, ProblemSeverity.Warning), (p.Code, p.Severity)));
    }

    [Fact]
    public void ManyTextProblems_AreCappedPerCode_WithACount()
    {
        var agents = string.Join(",", Enumerable.Range(0, 500).Select(i => $"{{\"id\":\"a{i}\",\"name\":\"\\ud800\"}}"));

        var problems = DesignSerializer.Load("{" + Header + ",\"name\":\"x\",\"agents\":[" + agents + "]}").Problems;

        Assert.Equal(DesignProblemLimits.DefaultPerCode + 1, problems.Count);
        Assert.Contains("and 480 more AS0014 problems", problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneLoadingPath_TheBrowserImportGivesTheSameAnswerAsTheBytes()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var bytes = Utf8("{" + Header + ",\"name\":\"caf").Append((byte)0xE9).Concat(Utf8("\"}")).ToArray();

        var preview = await DesignImporter.PreviewAsync(new TextBrowserFile("latin1.agentstudio.json", bytes), cancellationToken);
        var direct = DesignSerializer.Load(bytes);

        Assert.False(preview.Loaded);
        Assert.Equal(direct.Problems, preview.Problems);
        Assert.Equal(ProblemCodes.InvalidUtf8, Assert.Single(preview.Problems).Code);
    }

    [Fact]
    public async Task BrowserImport_OfALoneSurrogateLayoutKey_ShowsTheProblem()
    {
        var text = JsonNode.Parse(Samples.Read("every-kind"))!.ToJsonString().Replace("\"layout\":{", "\"layout\":{\"\\udfff\":{\"x\":1,\"y\":1},", StringComparison.Ordinal);

        var preview = await DesignImporter.PreviewAsync(new TextBrowserFile("bad.agentstudio.json", text), TestContext.Current.CancellationToken);

        Assert.False(preview.Loaded);
        Assert.Equal((ProblemCodes.LoneSurrogate, "$.layout['\\udfff']"), (Assert.Single(preview.Problems).Code, preview.Problems[0].Path));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static DesignProblem Single(string json)
    {
        var loaded = DesignSerializer.Load(json);
        Assert.Null(loaded.Design);
        return Assert.Single(loaded.Problems);
    }
}
