using System.Globalization;

namespace AgentStudio.Core.Running.Tools.Builtin;

/// <summary>The functions and constants the calculator knows. A fixed table: expressions can call nothing else.</summary>
internal static class ArithmeticFunctions
{
    /// <summary>The function names, in the order error messages list them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["sqrt", "abs", "round", "floor", "ceil", "min", "max", "ln", "log10", "exp", "sin", "cos", "tan"];

    /// <summary>The value of the constant <paramref name="name"/> (lower case), if there is one.</summary>
    public static double? Constant(string name) => name switch
    {
        "pi" => Math.PI,
        "e" => Math.E,
        _ => null,
    };

    /// <summary>Whether <paramref name="name"/> (lower case) is a function.</summary>
    public static bool IsFunction(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>Calls the function <paramref name="name"/>; <paramref name="position"/> (counted from 1) is quoted in errors.</summary>
    /// <exception cref="FormatException">The number of arguments is wrong.</exception>
    /// <exception cref="ArithmeticException">An argument is outside the function's domain.</exception>
    public static double Call(string name, IReadOnlyList<double> args, int position) => name switch
    {
        "sqrt" => One(name, args, position) is var x && x < 0
            ? throw new ArithmeticException($"sqrt of the negative number {Show(x)} at position {position}.")
            : Math.Sqrt(x),
        "abs" => Math.Abs(One(name, args, position)),
        "round" => Round(args, position),
        "floor" => Math.Floor(One(name, args, position)),
        "ceil" => Math.Ceiling(One(name, args, position)),
        "min" => AtLeastOne(name, args, position).Min(),
        "max" => AtLeastOne(name, args, position).Max(),
        "ln" => Math.Log(Positive(name, args, position)),
        "log10" => Math.Log10(Positive(name, args, position)),
        "exp" => Math.Exp(One(name, args, position)),
        "sin" => Math.Sin(One(name, args, position)),
        "cos" => Math.Cos(One(name, args, position)),
        "tan" => Math.Tan(One(name, args, position)),
        _ => throw new InvalidOperationException($"{name} is not a calculator function."),
    };

    private static double One(string name, IReadOnlyList<double> args, int position) => args.Count == 1
        ? args[0]
        : throw new FormatException($"{name} takes 1 argument, not {args.Count}, at position {position}.");

    private static IReadOnlyList<double> AtLeastOne(string name, IReadOnlyList<double> args, int position) => args.Count > 0
        ? args
        : throw new FormatException($"{name} takes at least 1 argument at position {position}.");

    private static double Positive(string name, IReadOnlyList<double> args, int position) => One(name, args, position) is var x && x <= 0
        ? throw new ArithmeticException($"{name} of {Show(x)} at position {position}: the argument must be greater than 0.")
        : x;

    // round(x) or round(x, places); halves go away from zero, as people round by hand (Math.Round's default rounds to even).
    private static double Round(IReadOnlyList<double> args, int position)
    {
        if (args.Count is not (1 or 2))
        {
            throw new FormatException($"round takes 1 or 2 arguments, not {args.Count}, at position {position}.");
        }

        var places = args.Count == 2 ? args[1] : 0;
        if (places != Math.Floor(places) || places is < 0 or > 15)
        {
            throw new ArithmeticException($"round takes a whole number of decimal places from 0 to 15, not {Show(places)}, at position {position}.");
        }

        return Math.Round(args[0], (int)places, MidpointRounding.AwayFromZero);
    }

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
