using System.Text.Json.Nodes;

namespace AgentStudio.Tests.WireFidelity;

/// <summary>The differential test is only as good as its diff: it must see every kind of difference, and only those.</summary>
public sealed class JsonDiffTests
{
    private static List<string> Diff(string ours, string sdk)
    {
        var differences = new List<string>();
        JsonDiff.Collect("$", JsonNode.Parse(ours), JsonNode.Parse(sdk), differences);
        return differences;
    }

    [Fact]
    public void EqualValues_InAnotherKeyOrder_AndNumberSpelling_HaveNoDifferences() =>
        Assert.Empty(Diff("""{"a": 1, "b": [true, {"c": null}], "t": 0.5}""", """{"t": 0.50, "b": [true, {"c": null}], "a": 1.0}"""));

    [Fact]
    public void NullAndAbsent_AreDifferent_AndEachDifferenceNamesItsPath() => Assert.Equal(
        [
            "$.messages[0].content: ours <absent> | SDK's null",
            "$.messages[1]: ours {\"role\":\"tool\"} | SDK's <absent>",
            "$.tool_choice: ours \"auto\" | SDK's <absent>",
            "$.tools[0].function.strict: ours false | SDK's true",
        ],
        Diff(
            """{"messages": [{"role": "assistant"}, {"role": "tool"}], "tool_choice": "auto", "tools": [{"function": {"strict": false}}]}""",
            """{"messages": [{"role": "assistant", "content": null}], "tools": [{"function": {"strict": true}}]}"""));

    [Fact]
    public void ParserMessages_AreComparedOnlyForTheirPresence()
    {
        var ours = JsonNode.Parse("""{"messages": [{"role": "tool", "content": "An error occurred while parsing tool arguments. Please try again with valid JSON. Error: '}' is invalid."}]}""")!.AsObject();
        var javaScriptSdk = JsonNode.Parse("""{"messages": [{"role": "tool", "content": "An error occurred while parsing tool arguments. Please try again with valid JSON."}]}""")!.AsObject();
        var none = new WireCase("none", "{}", "", new Dictionary<string, IReadOnlyList<ScriptedTurn>>());

        var differences = new List<string>();
        JsonDiff.Collect("$", PythonSdkRequests.Compared(ours), PythonSdkRequests.FromJavaScriptSdk(javaScriptSdk, none), differences);
        var withoutError = new List<string>();
        JsonDiff.Collect("$", PythonSdkRequests.Compared(javaScriptSdk), PythonSdkRequests.FromJavaScriptSdk(javaScriptSdk, none), withoutError);

        Assert.Empty(differences);
        Assert.Single(withoutError);
    }
}
