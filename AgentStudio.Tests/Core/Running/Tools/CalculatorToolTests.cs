using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tools.Builtin;
using static AgentStudio.Tests.Core.Running.Tools.ToolTest;

namespace AgentStudio.Tests.Core.Running.Tools;

public sealed class CalculatorToolTests
{
    private const string Functions = "sqrt, abs, round, floor, ceil, min, max, ln, log10, exp, sin, cos, tan";

    private static readonly IAgentTool Calculator = BuiltinTools.Create(new BuiltinTool { Id = "calc", Name = "calculator" });

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("1 - 2 - 3", "-4")]
    [InlineData("8 / 4 / 2", "1")]
    [InlineData("2 ^ 3 ^ 2", "512")]
    [InlineData("(2 ^ 3) ^ 2", "64")]
    [InlineData("2 ** 3", "8")]
    [InlineData("-2 ^ 2", "-4")]
    [InlineData("(-2) ^ 2", "4")]
    [InlineData("2 ^ -1", "0.5")]
    [InlineData("--3 + +4", "7")]
    [InlineData("10 / 4", "2.5")]
    [InlineData("7 % 3", "1")]
    [InlineData("-7 % 3", "-1")]
    [InlineData("1.5e3 + .5", "1500.5")]
    [InlineData("2E-3", "0.002")]
    [InlineData("0.1 + 0.2", "0.3")]
    [InlineData("1 / 3", "0.333333333333333")]
    [InlineData("3 × 4 ÷ 2", "6")]
    [InlineData("sqrt(16) + abs(-3)", "7")]
    [InlineData("round(2.5) + round(-2.5)", "0")]
    [InlineData("round(3.14159, 2)", "3.14")]
    [InlineData("floor(-1.5) * ceil(1.2)", "-4")]
    [InlineData("min(3, 1, 2) + max(3, 1, 2)", "4")]
    [InlineData("ln(e) + log10(1000) + exp(0)", "5")]
    [InlineData("sin(0) + cos(0) + tan(0)", "1")]
    [InlineData("2 * pi", "6.28318530717959")]
    [InlineData("PI", "3.14159265358979")]
    [InlineData("0 * -1", "0")]
    [InlineData("2 ^ 53", "9007199254740992")]
    [InlineData("10 ^ 20", "1E+20")]
    [InlineData("  ( 1 )  ", "1")]
    public async Task Evaluates(string expression, string expected) => Assert.Equal(expected, await CalculateAsync(expression));

    [Theory]
    [InlineData("", "The expression is empty.")]
    [InlineData("(1 + 2))", "Unexpected ')' at position 8.")]
    [InlineData("1 + 2 *)", "Unexpected ')' at position 8.")]
    [InlineData("1.2.3", "Unexpected '.' at position 4.")]
    [InlineData(".", "Unexpected '.' at position 1.")]
    [InlineData("2 # 3", "Unexpected '#' at position 3.")]
    [InlineData("1 +", "The expression ends too early at position 4: a number, a name or '(' should follow.")]
    [InlineData("(1 + 2", "The expression ends too early at position 7: ')' is missing.")]
    [InlineData("min(1 2)", "Expected ')' at position 7 but found '2'.")]
    [InlineData("1 / 0", "Division by zero at position 3.")]
    [InlineData("1 / (2 - 2)", "Division by zero at position 3.")]
    [InlineData("5 % 0", "Remainder of a division by zero at position 3.")]
    [InlineData("foo(1)", "Unknown function 'foo' at position 1; the functions are " + Functions + ".")]
    [InlineData("2 * x", "Unknown name 'x' at position 5; the constants are pi and e.")]
    [InlineData("sqrt 4", "The function sqrt at position 1 needs its arguments in parentheses, as in sqrt(2).")]
    [InlineData("sqrt(1, 2)", "sqrt takes 1 argument, not 2, at position 1.")]
    [InlineData("1 + max()", "max takes at least 1 argument at position 5.")]
    [InlineData("round(1, 2, 3)", "round takes 1 or 2 arguments, not 3, at position 1.")]
    [InlineData("round(1.234, 0.5)", "round takes a whole number of decimal places from 0 to 15, not 0.5, at position 1.")]
    [InlineData("sqrt(-4)", "sqrt of the negative number -4 at position 1.")]
    [InlineData("ln(0)", "ln of 0 at position 1: the argument must be greater than 0.")]
    [InlineData("1e999", "The number at position 1 is too large.")]
    [InlineData("10 ^ 400", "The result is too large to represent.")]
    [InlineData("(-8) ^ (1 / 3)", "The result is not a real number.")]
    public async Task ExplainsErrors(string expression, string message)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => CalculateAsync(expression));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task DivisionByZeroIsADivideByZeroException() =>
        await Assert.ThrowsAsync<DivideByZeroException>(() => CalculateAsync("1/0"));

    [Fact]
    public async Task NestsUpTo64Levels()
    {
        Assert.Equal("1", await CalculateAsync(new string('(', 64) + "1" + new string(')', 64)));

        var error = await Assert.ThrowsAsync<FormatException>(() => CalculateAsync(new string('(', 65) + "1" + new string(')', 65)));
        Assert.Equal("The expression nests too deeply at position 65: at most 64 levels of parentheses, functions, signs and powers.", error.Message);
    }

    [Theory]
    [InlineData("(", "1)")]
    [InlineData("-", "1")]
    [InlineData("2^", "2")]
    [InlineData("sqrt(", "1)")]
    public async Task DeepInputFailsCleanlyInsteadOfOverflowingTheStack(string repeated, string tail)
    {
        var expression = string.Concat(Enumerable.Repeat(repeated, 9_000 / repeated.Length)) + tail;
        var error = await Assert.ThrowsAsync<FormatException>(() => CalculateAsync(expression[..Math.Min(expression.Length, 10_000)]));
        Assert.StartsWith("The expression nests too deeply at position ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongFlatExpressionsAreFine() =>
        Assert.Equal("5000", await CalculateAsync(string.Join("+", Enumerable.Repeat("1", 5000))));

    [Fact]
    public async Task TooLongExpressionsAreRefused()
    {
        var error = await Assert.ThrowsAsync<FormatException>(() => CalculateAsync(new string('1', 10_001)));
        Assert.Equal("The expression is 10001 characters long; the calculator takes at most 10000.", error.Message);
    }

    [Fact]
    public async Task TheExpressionIsRequired()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => InvokeAsync(Calculator, "{}"));
        Assert.Equal("the required argument 'expression' is missing.", error.Message);
    }

    [Fact]
    public async Task NoCodeRuns()
    {
        var error = await Assert.ThrowsAsync<FormatException>(() => CalculateAsync("System.IO.File.Delete(\"x\")"));
        Assert.Equal("Unknown name 'System' at position 1; the constants are pi and e.", error.Message);
    }

    private static Task<string> CalculateAsync(string expression) =>
        InvokeAsync(Calculator, JsonSerializer.Serialize(new { expression }));
}
