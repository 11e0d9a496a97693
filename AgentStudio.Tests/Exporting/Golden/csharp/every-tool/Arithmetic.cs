// AgentStudio export of revision 7 of the design "Every tool".
// Export again to update it, or edit it as your own code.

using System.Globalization;

namespace EveryTool;

/// <summary>
/// Evaluates arithmetic: + - * / % and ^ or ** (power, right-associative), parentheses, numbers such as 1.5e3, the
/// constants pi and e and the functions below. A sign binds looser than a power, so -2^2 is -4.
/// </summary>
internal sealed class Arithmetic
{
    private const int MaxDepth = 64;
    private const int MaxLength = 10_000;

    private static readonly string[] Functions = ["sqrt", "abs", "round", "floor", "ceil", "min", "max", "ln", "log10", "exp", "sin", "cos", "tan"];

    private readonly string _text;
    private int _position;
    private int _depth;

    private Arithmetic(string text) => _text = text;

    /// <summary>The value of <paramref name="expression"/>: integers without a decimal point, others to 15 significant digits.</summary>
    /// <exception cref="FormatException">The expression is malformed; the message says what and where.</exception>
    /// <exception cref="ArithmeticException">Division by zero, a function's domain, or a result too large.</exception>
    public static string Evaluate(string expression)
    {
        if (expression.Length > MaxLength)
        {
            throw new FormatException($"The expression is {expression.Length} characters long; the calculator takes at most {MaxLength}.");
        }

        var calculator = new Arithmetic(expression);
        if (calculator.SkipSpaces() is null)
        {
            throw new FormatException("The expression is empty.");
        }

        var value = calculator.Sum();
        if (calculator.SkipSpaces() is not null)
        {
            throw calculator.Unexpected(calculator._position);
        }

        return double.IsNaN(value) ? throw new ArithmeticException("The result is not a real number.")
            : double.IsInfinity(value) ? throw new ArithmeticException("The result is too large to represent.")
            : Format(value);
    }

    // Whole numbers up to 2^53 are exact in a double and written in full; others lose the noise of binary fractions.
    private static string Format(double value) =>
        value == 0 ? "0"
        : value == Math.Floor(value) && Math.Abs(value) <= 9007199254740992d ? ((long)value).ToString(CultureInfo.InvariantCulture)
        : double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    private double Sum()
    {
        var value = Product();
        while (SkipSpaces() is '+' or '-')
        {
            var symbol = _text[_position++];
            value = symbol == '+' ? value + Product() : value - Product();
        }

        return value;
    }

    private double Product()
    {
        var value = Unary();
        while (SkipSpaces() is '*' or '/' or '%' or '×' or '÷' && !IsPower())
        {
            var symbol = _text[_position++];
            var at = _position;
            var right = Unary();
            if (symbol is '/' or '÷' or '%' && right == 0)
            {
                throw new DivideByZeroException(symbol == '%' ? $"Remainder of a division by zero at position {at}." : $"Division by zero at position {at}.");
            }

            value = symbol switch
            {
                '*' or '×' => value * right,
                '%' => value % right,
                _ => value / right,
            };
        }

        return value;
    }

    private double Unary()
    {
        if (SkipSpaces() is not ('-' or '+'))
        {
            return Power();
        }

        var symbol = _text[_position++];
        Enter();
        var operand = Unary();
        _depth--;
        return symbol == '-' ? -operand : operand;
    }

    private double Power()
    {
        var value = Primary();
        SkipSpaces();
        if (!IsPower())
        {
            return value;
        }

        _position += _text[_position] == '^' ? 1 : 2;
        Enter();
        var exponent = Unary();
        _depth--;
        return Math.Pow(value, exponent);
    }

    private double Primary()
    {
        var symbol = SkipSpaces() ?? throw new FormatException($"The expression ends too early at position {_position + 1}: a number, a name or '(' should follow.");
        if (char.IsAsciiDigit(symbol) || symbol == '.')
        {
            return Number();
        }

        if (char.IsAsciiLetter(symbol))
        {
            return Name();
        }

        if (symbol != '(')
        {
            throw Unexpected(_position);
        }

        Enter();
        _position++;
        var value = Sum();
        Expect(')');
        _depth--;
        return value;
    }

    private double Number()
    {
        var start = _position;
        var digits = SkipDigits();
        if (Peek() == '.')
        {
            _position++;
            digits += SkipDigits();
        }

        if (digits == 0)
        {
            throw Unexpected(start);
        }

        // An exponent only when digits follow the e, so 2e reads as 2 then a stray name.
        if (Peek() is 'e' or 'E')
        {
            var mark = _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }

            if (SkipDigits() == 0)
            {
                _position = mark;
            }
        }

        var value = double.Parse(_text.AsSpan(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsInfinity(value) ? throw new ArithmeticException($"The number at position {start + 1} is too large.") : value;
    }

    private double Name()
    {
        var start = _position;
        while (Peek() is { } c && (char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            _position++;
        }

        var name = _text[start.._position].ToLowerInvariant();
        if (SkipSpaces() != '(')
        {
            return name switch
            {
                "pi" => Math.PI,
                "e" => Math.E,
                _ when Functions.Contains(name) => throw new FormatException($"The function {name} at position {start + 1} needs its arguments in parentheses, as in {name}(2)."),
                _ => throw new FormatException($"Unknown name '{_text[start.._position]}' at position {start + 1}; the constants are pi and e."),
            };
        }

        if (!Functions.Contains(name))
        {
            throw new FormatException($"Unknown function '{_text[start.._position]}' at position {start + 1}; the functions are {string.Join(", ", Functions)}.");
        }

        Enter();
        _position++;
        var args = new List<double>();
        if (SkipSpaces() != ')')
        {
            args.Add(Sum());
            while (SkipSpaces() == ',')
            {
                _position++;
                args.Add(Sum());
            }
        }

        Expect(')');
        _depth--;
        return Call(name, args, start + 1);
    }

    private static double Call(string name, List<double> args, int at)
    {
        double One() => args.Count == 1 ? args[0] : throw new FormatException($"{name} takes 1 argument, not {args.Count}, at position {at}.");
        double Positive() => One() is var x && x > 0 ? x : throw new ArithmeticException($"{name} of {args[0].ToString(CultureInfo.InvariantCulture)} at position {at}: the argument must be greater than 0.");
        List<double> AtLeastOne() => args.Count > 0 ? args : throw new FormatException($"{name} takes at least 1 argument at position {at}.");
        return name switch
        {
            "sqrt" => One() >= 0 ? Math.Sqrt(args[0]) : throw new ArithmeticException($"sqrt of the negative number {args[0].ToString(CultureInfo.InvariantCulture)} at position {at}."),
            "abs" => Math.Abs(One()),
            "round" => Round(args, at),
            "floor" => Math.Floor(One()),
            "ceil" => Math.Ceiling(One()),
            "min" => AtLeastOne().Min(),
            "max" => AtLeastOne().Max(),
            "ln" => Math.Log(Positive()),
            "log10" => Math.Log10(Positive()),
            "exp" => Math.Exp(One()),
            "sin" => Math.Sin(One()),
            "cos" => Math.Cos(One()),
            _ => Math.Tan(One()),
        };
    }

    // round(x) or round(x, places); halves go away from zero, as people round by hand.
    private static double Round(List<double> args, int at)
    {
        if (args.Count is not (1 or 2))
        {
            throw new FormatException($"round takes 1 or 2 arguments, not {args.Count}, at position {at}.");
        }

        var places = args.Count == 2 ? args[1] : 0;
        if (places != Math.Floor(places) || places is < 0 or > 15)
        {
            throw new ArithmeticException($"round takes a whole number of decimal places from 0 to 15, not {places.ToString(CultureInfo.InvariantCulture)}, at position {at}.");
        }

        return Math.Round(args[0], (int)places, MidpointRounding.AwayFromZero);
    }

    private void Expect(char symbol)
    {
        var next = SkipSpaces();
        if (next != symbol)
        {
            throw next is null
                ? new FormatException($"The expression ends too early at position {_position + 1}: '{symbol}' is missing.")
                : new FormatException($"Expected '{symbol}' at position {_position + 1} but found '{next}'.");
        }

        _position++;
    }

    // Bounds the recursion, so no input overflows the stack.
    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new FormatException($"The expression nests too deeply at position {_position + 1}: at most {MaxDepth} levels of parentheses, functions, signs and powers.");
        }
    }

    private bool IsPower() => Peek() == '^' || (Peek() == '*' && Peek(1) == '*');

    private FormatException Unexpected(int at) => at >= _text.Length
        ? new FormatException($"The expression ends too early at position {at + 1}.")
        : new FormatException($"Unexpected '{_text[at]}' at position {at + 1}.");

    private int SkipDigits()
    {
        var start = _position;
        while (Peek() is { } c && char.IsAsciiDigit(c))
        {
            _position++;
        }

        return _position - start;
    }

    private char? SkipSpaces()
    {
        while (Peek() is { } c && char.IsWhiteSpace(c))
        {
            _position++;
        }

        return Peek();
    }

    private char? Peek(int ahead = 0) => _position + ahead < _text.Length ? _text[_position + ahead] : null;
}
