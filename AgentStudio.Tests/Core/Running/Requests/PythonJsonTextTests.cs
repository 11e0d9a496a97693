using AgentStudio.Core.Running.Requests;

namespace AgentStudio.Tests.Core.Running.Requests;

/// <summary>Outputs the SDK writes with Python's json.dumps reach the model as the same bytes.</summary>
public sealed class PythonJsonTextTests
{
    [Theory]
    [InlineData("BillingAgent", """{"assistant": "BillingAgent"}""")]
    [InlineData("Caf\u00e9 \"Desk\"", """{"assistant": "Caf\u00e9 \"Desk\""}""")]
    [InlineData("a\\b\n<&>+'", """{"assistant": "a\\b\n<&>+'"}""")]
    [InlineData("\U0001F916\u0001", """{"assistant": "\ud83e\udd16\u0001"}""")]
    public void TheHandoffOutput_IsWhatJsonDumpsWrites(string name, string expected) =>
        Assert.Equal(expected, PythonJsonText.HandoffOutput(name));
}
