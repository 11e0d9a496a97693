using System.Globalization;
using System.Text.Json;

namespace AgentStudio.Core.Running.Tools.Builtin;

/// <summary>
/// The <c>calculator</c> built-in: evaluates an arithmetic expression with <see cref="ArithmeticParser"/>, which
/// knows only numbers, operators and a fixed list of functions, so a model's input can never run code.
/// </summary>
internal sealed class CalculatorTool(string name, string? description) : IAgentTool
{
    private const string DefaultDescription =
        "Evaluates an arithmetic expression exactly and returns the number. Use it for any calculation instead of "
        + "working it out yourself. Supports + - * / % (remainder) and ^ (power), parentheses, decimals and "
        + "exponents such as 1.5e3, the constants pi and e, and the functions sqrt, abs, round(x) or round(x, places), "
        + "floor, ceil, min, max, ln, log10, exp, sin, cos and tan (angles in radians).";

    // Integers up to 2^53 are exact in a double and printed in full; beyond, digits are not exact anyway.
    private const double LargestExactInteger = 9007199254740992d;

    private static readonly JsonElement Schema = ToolSchemas.Parse(
        """
        {
          "type": "object",
          "properties": {
            "expression": {
              "type": "string",
              "description": "The expression, such as (12.5 * 4 - 3) / 2 or sqrt(2) * 10^3."
            }
          },
          "required": ["expression"],
          "additionalProperties": false
        }
        """);

    public string Name { get; } = name;

    public string Description { get; } = description ?? DefaultDescription;

    public JsonElement ParametersSchema => Schema;

    public Task<string> InvokeAsync(JsonElement arguments, ToolInvocationContext context, CancellationToken cancellationToken = default)
    {
        var expression = ToolArguments.Required(arguments, "expression");
        return Task.FromResult(Format(ArithmeticParser.Evaluate(expression)));
    }

    /// <summary>
    /// <paramref name="value"/> as a person writes it: integers without a decimal point, other values rounded to
    /// 15 significant digits so 0.1 + 0.2 shows as 0.3 rather than with the noise of binary fractions.
    /// </summary>
    public static string Format(double value)
    {
        if (value == 0)
        {
            // No "-0".
            return "0";
        }

        if (value == Math.Floor(value) && Math.Abs(value) <= LargestExactInteger)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        var rounded = double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return rounded.ToString(CultureInfo.InvariantCulture);
    }
}
