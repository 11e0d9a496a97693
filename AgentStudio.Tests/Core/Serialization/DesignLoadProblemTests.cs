using System.Text.Json.Nodes;
using AgentStudio.Core.Serialization;
using AgentStudio.Core.Validation;

namespace AgentStudio.Tests.Core.Serialization;

/// <summary>One test per loading problem code: the code, the JSON path and a message a person understands.</summary>
public sealed class DesignLoadProblemTests
{
    [Fact]
    public void MalformedJson_ReportsLineAndColumn()
    {
        var problem = Single("{\n  \"format\": \"agentstudio.design\",\n  \"version\": 1\n  \"name\": \"x\"\n}");

        Assert.Equal(ProblemCodes.MalformedJson, problem.Code);
        Assert.Contains("not valid JSON at line 4, column 3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedFile_IsMalformedJson()
    {
        var text = Samples.Read("every-kind");

        Assert.Equal(ProblemCodes.MalformedJson, Single(text[..(text.Length / 2)]).Code);
    }

    [Fact]
    public void FileLargerThanTheLimit_IsRefusedBeforeParsing()
    {
        var huge = "{\"format\":\"agentstudio.design\",\"version\":1,\"name\":\"" + new string('a', (int)DesignSerializer.MaxFileBytes) + "\"}";

        var problem = Single(huge);

        Assert.Equal(ProblemCodes.FileTooLarge, problem.Code);
        Assert.Contains("5 MiB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingDeeperThanTheLimit_IsRefused()
    {
        var deep = "{\"format\":\"agentstudio.design\",\"version\":1,\"name\":\"x\",\"extra\":" + new string('[', 100) + new string(']', 100) + "}";

        var problem = Single(deep);

        Assert.Equal(ProblemCodes.NestedTooDeeply, problem.Code);
        Assert.Contains($"more than {DesignSerializer.MaxDepth} levels", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RootThatIsNotAnObject_IsRefused()
    {
        var problem = Single("[1, 2, 3]");

        Assert.Equal((ProblemCodes.NotAnObject, "$"), (problem.Code, problem.Path));
        Assert.Contains("holds an array", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AgentThatIsNotAnObject_IsReportedAtItsIndex()
    {
        var problem = Single(With(root => root["agents"]!.AsArray().Add("oops")));

        Assert.Equal((ProblemCodes.NotAnObject, "$.agents[3]"), (problem.Code, problem.Path));
    }

    [Fact]
    public void WrongFormat_SaysItIsNotADesign()
    {
        var problem = Single("""{ "format": "something.else", "version": 1, "name": "x" }""");

        Assert.Equal((ProblemCodes.NotADesignFile, "$.format"), (problem.Code, problem.Path));
        Assert.Contains("not an AgentStudio design", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("\"1\"")]
    [InlineData("1.5")]
    public void InvalidVersion_IsReported(string version)
    {
        var problem = Single($$"""{ "format": "agentstudio.design", "version": {{version}}, "name": "x" }""");

        Assert.Equal((ProblemCodes.InvalidVersion, "$.version"), (problem.Code, problem.Path));
    }

    [Fact]
    public void NewerVersion_TellsTheUserToUpdate()
    {
        var problem = Single("""{ "format": "agentstudio.design", "version": 7, "name": "x" }""");

        Assert.Equal((ProblemCodes.NewerVersion, "$.version"), (problem.Code, problem.Path));
        Assert.Contains("Update AgentStudio", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredProperties_AreAllReported_WithTheirPaths()
    {
        var loaded = DesignSerializer.Load(With(root =>
        {
            root.Remove("name");
            root["agents"]![1]!.AsObject().Remove("id");
            root["edges"]![0]!.AsObject().Remove("to");
            root["tools"]![0]!.AsObject().Remove("kind");
        }));

        Assert.Null(loaded.Design);
        Assert.Equal(["$.agents[1].id", "$.edges[0].to", "$.name", "$.tools[0].kind"],
            loaded.Problems.Where(p => p.Code == ProblemCodes.MissingProperty).Select(p => p.Path).Order());
        Assert.Contains(loaded.Problems, p => p.Message == "Edge 'e1' has no to.");
    }

    [Fact]
    public void WrongType_NamesBothTypes()
    {
        var problem = Single(With(root => root["agents"]![0]!["name"] = 42));

        Assert.Equal((ProblemCodes.WrongType, "$.agents[0].name"), (problem.Code, problem.Path));
        Assert.Equal("name of agent 'triage' must be a string, but it is a number.", problem.Message);
    }

    [Fact]
    public void NullWhereAnArrayBelongs_IsAWrongType()
    {
        var problem = Single(With(root => root["agents"] = null));

        Assert.Equal((ProblemCodes.WrongType, "$.agents"), (problem.Code, problem.Path));
        Assert.Contains("but it is null", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownToolKind_ListsTheKnownKinds()
    {
        var problem = Single(With(root => root["tools"]![0]!["kind"] = "python"));

        Assert.Equal((ProblemCodes.UnknownKind, "$.tools[0].kind"), (problem.Code, problem.Path));
        Assert.Contains("unknown kind 'python'; the kinds are builtin, mock, http, mcp", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEdgeKind_IsReported()
    {
        var problem = Single(With(root => root["edges"]![1]!["kind"] = "delegate"));

        Assert.Equal((ProblemCodes.UnknownKind, "$.edges[1].kind"), (problem.Code, problem.Path));
        Assert.Contains("tool, handoff", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidEnumValue_ListsTheAllowedValues()
    {
        var problem = Single(With(root => root["agents"]![0]!["toolUseBehavior"] = "sometimes"));

        Assert.Equal((ProblemCodes.InvalidValue, "$.agents[0].toolUseBehavior"), (problem.Code, problem.Path));
        Assert.Contains("run_llm_again, stop_on_first_tool", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateIds_NameBothPaths()
    {
        var problem = Single(With(root => root["tools"]![0]!["id"] = "billing"));

        Assert.Equal((ProblemCodes.DuplicateId, "$.tools[0].id"), (problem.Code, problem.Path));
        Assert.Contains("at $.agents[1].id and at $.tools[0].id", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryLoadingCode_HasATest()
    {
        var codes = typeof(ProblemCodes).GetFields().Select(f => (string)f.GetValue(null)!).Where(c => c.StartsWith("AS00", StringComparison.Ordinal));
        var tested = new[]
        {
            ProblemCodes.MalformedJson, ProblemCodes.FileTooLarge, ProblemCodes.NestedTooDeeply, ProblemCodes.NotAnObject,
            ProblemCodes.NotADesignFile, ProblemCodes.InvalidVersion, ProblemCodes.NewerVersion, ProblemCodes.MissingProperty,
            ProblemCodes.WrongType, ProblemCodes.UnknownKind, ProblemCodes.InvalidValue, ProblemCodes.DuplicateId,
            // Tested in DesignTextProblemTests.
            ProblemCodes.InvalidUtf8, ProblemCodes.LoneSurrogate, ProblemCodes.DuplicateProperty,
        };

        // AS0099 is the serializer's last line of defence: the structure check leaves nothing for it to catch.
        Assert.Equal(codes.Order().ToArray(), tested.Append(ProblemCodes.Unreadable).Order().ToArray());
    }

    private static DesignProblem Single(string json)
    {
        var loaded = DesignSerializer.Load(json);
        Assert.Null(loaded.Design);
        return Assert.Single(loaded.Problems);
    }

    private static string With(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Samples.Read("every-kind"))!.AsObject();
        change(root);
        return root.ToJsonString();
    }
}
