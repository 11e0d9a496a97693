using AgentStudio.Core.Running.Tools;
using static AgentStudio.Tests.Core.Running.Tools.ToolTest;

namespace AgentStudio.Tests.Core.Running.Tools;

public sealed class TextTemplateTests
{
    private static readonly System.Text.Json.JsonElement Arguments = Args(
        """{"name":"Ada","count":3,"ok":true,"none":null,"tags":["a","b"],"user":{"email":"ada@example.com","age":36},"a.b":"literal"}""");

    [Theory]
    [InlineData("Hello {{name}}!", "Hello Ada!")]
    [InlineData("{{ name }} has {{count}} items", "Ada has 3 items")]
    [InlineData("ok={{ok}} none={{none}}", "ok=true none=null")]
    [InlineData("tags={{tags}}", """tags=["a","b"]""")]
    [InlineData("user={{user}}", """user={"email":"ada@example.com","age":36}""")]
    [InlineData("mail {{user.email}}, age {{user.age}}", "mail ada@example.com, age 36")]
    [InlineData("first tag {{tags.0}}, third {{tags.2}}", "first tag a, third ")]
    [InlineData("dotted name wins: {{a.b}}", "dotted name wins: literal")]
    [InlineData("missing [{{nope}}] [{{user.nope}}] [{{name.x}}]", "missing [] [] []")]
    [InlineData("""{"a":{"b":1}} {{name}}""", """{"a":{"b":1}} Ada""")]
    [InlineData("unclosed {{name", "unclosed {{name")]
    [InlineData("no secrets here ${secret:KEY}", "no secrets here ${secret:KEY}")]
    public void FillsArguments(string template, string expected) => Assert.Equal(expected, TextTemplate.Fill(template, Arguments));

    [Fact]
    public void EscapesArgumentsOnly()
    {
        var arguments = Args("""{"q":"a b&c"}""");
        Assert.Equal("/search?q=a%20b%26c&x=1", TextTemplate.Fill("/search?q={{q}}&x=1", arguments, Uri.EscapeDataString));
    }

    [Fact]
    public void ResolvesSecrets()
    {
        var filled = TextTemplate.Fill("Bearer ${secret:TOKEN} for {{name}}", Arguments, resolveSecret: name => $"<{name}>");
        Assert.Equal("Bearer <TOKEN> for Ada", filled);
    }

    [Fact]
    public void AnArgumentCannotSmuggleInASecretReference()
    {
        var arguments = Args("""{"note":"${secret:TOKEN}","brace":"{{note}}"}""");
        var filled = TextTemplate.Fill("{{note}} {{brace}}", arguments, resolveSecret: name => "LEAKED");
        Assert.Equal("${secret:TOKEN} {{note}}", filled);
    }
}
