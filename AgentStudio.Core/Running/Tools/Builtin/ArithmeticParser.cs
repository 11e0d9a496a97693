using System.Globalization;

namespace AgentStudio.Core.Running.Tools.Builtin;

/// <summary>
/// Evaluates an arithmetic expression by recursive descent, computing as it parses. The grammar, loosest first:
/// <code>
/// sum     = product (("+" | "-") product)*
/// product = unary (("*" | "/" | "%") unary)*
/// unary   = ("-" | "+") unary | power
/// power   = primary (("^" | "**") unary)?        right-associative: 2^3^2 = 2^9
/// primary = number | constant | function "(" [sum ("," sum)*] ")" | "(" sum ")"
/// </code>
/// A sign binds looser than a power, so -2^2 is -4, as in mathematics. Positions in errors count from 1.
/// </summary>
internal sealed class ArithmeticParser
{
    /// <summary>How deeply parentheses, function calls, signs and powers may nest; it bounds the recursion, so no input overflows the stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest expression taken, in characters.</summary>
    public const int MaxLength = 10_000;

    private readonly string _text;
    private int _position;
    private int _depth;

    private ArithmeticParser(string text) => _text = text;

    /// <summary>The value of <paramref name="expression"/>.</summary>
    /// <exception cref="FormatException">The expression is malformed; the message says what and where.</exception>
    /// <exception cref="ArithmeticException">The arithmetic fails: division by zero, a function's domain, a result too large.</exception>
    public static double Evaluate(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (expression.Length > MaxLength)
        {
            throw new FormatException($"The expression is {expression.Length} characters long; the calculator takes at most {MaxLength}.");
        }

        var parser = new ArithmeticParser(expression);
        if (parser.SkipSpaces() is null)
        {
            throw new FormatException("The expression is empty.");
        }

        var value = parser.ParseSum();
        if (parser.SkipSpaces() is not null)
        {
            throw parser.Unexpected();
        }

        return double.IsNaN(value) ? throw new ArithmeticException("The result is not a real number.")
            : double.IsInfinity(value) ? throw new ArithmeticException("The result is too large to represent.")
            : value;
    }

    private double ParseSum()
    {
        var value = ParseProduct();
        while (true)
        {
            switch (SkipSpaces())
            {
                case '+':
                    _position++;
                    value += ParseProduct();
                    break;
                case '-':
                    _position++;
                    value -= ParseProduct();
                    break;
                default:
                    return value;
            }
        }
    }

    private double ParseProduct()
    {
        var value = ParseUnary();
        while (true)
        {
            var symbol = SkipSpaces();
            if (symbol is not ('*' or '/' or '%' or '×' or '÷') || IsPowerOperator())
            {
                return value;
            }

            var operatorPosition = _position + 1;
            _position++;
            var right = ParseUnary();
            if (symbol is '/' or '÷' or '%' && right == 0)
            {
                throw new DivideByZeroException(symbol == '%'
                    ? $"Remainder of a division by zero at position {operatorPosition}."
                    : $"Division by zero at position {operatorPosition}.");
            }

            value = symbol switch
            {
                '*' or '×' => value * right,
                '%' => value % right,
                _ => value / right,
            };
        }
    }

    private double ParseUnary()
    {
        var symbol = SkipSpaces();
        if (symbol is not ('-' or '+'))
        {
            return ParsePower();
        }

        Enter();
        _position++;
        var operand = ParseUnary();
        Leave();
        return symbol == '-' ? -operand : operand;
    }

    private double ParsePower()
    {
        var value = ParsePrimary();
        SkipSpaces();
        if (!IsPowerOperator())
        {
            return value;
        }

        _position += _text[_position] == '^' ? 1 : 2;
        Enter();
        var exponent = ParseUnary();
        Leave();
        return Math.Pow(value, exponent);
    }

    private double ParsePrimary()
    {
        var symbol = SkipSpaces() ?? throw new FormatException(
            $"The expression ends too early at position {_position + 1}: a number, a name or '(' should follow.");
        if (char.IsAsciiDigit(symbol) || symbol == '.')
        {
            return ParseNumber();
        }

        if (char.IsAsciiLetter(symbol))
        {
            return ParseName();
        }

        if (symbol != '(')
        {
            throw Unexpected();
        }

        Enter();
        _position++;
        var value = ParseSum();
        Expect(')');
        Leave();
        return value;
    }

    private double ParseNumber()
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

        // An exponent only when digits follow the e, so "2e" reads as 2 then a stray name, not a broken number.
        if (Peek() is 'e' or 'E')
        {
            var mark = _position;
            _position++;
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
        return double.IsInfinity(value)
            ? throw new ArithmeticException($"The number at position {start + 1} is too large.")
            : value;
    }

    private double ParseName()
    {
        var start = _position;
        while (Peek() is { } c && (char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            _position++;
        }

        var name = _text[start.._position].ToLowerInvariant();
        if (SkipSpaces() != '(')
        {
            return ArithmeticFunctions.Constant(name) ?? throw new FormatException(ArithmeticFunctions.IsFunction(name)
                ? $"The function {name} at position {start + 1} needs its arguments in parentheses, as in {name}(2)."
                : $"Unknown name '{_text[start.._position]}' at position {start + 1}; the constants are pi and e.");
        }

        if (!ArithmeticFunctions.IsFunction(name))
        {
            throw new FormatException(
                $"Unknown function '{_text[start.._position]}' at position {start + 1}; the functions are {string.Join(", ", ArithmeticFunctions.Names)}.");
        }

        Enter();
        _position++;
        var args = new List<double>();
        if (SkipSpaces() != ')')
        {
            args.Add(ParseSum());
            while (SkipSpaces() == ',')
            {
                _position++;
                args.Add(ParseSum());
            }
        }

        Expect(')');
        Leave();
        return ArithmeticFunctions.Call(name, args, start + 1);
    }

    private void Expect(char symbol)
    {
        var next = SkipSpaces();
        if (next == symbol)
        {
            _position++;
            return;
        }

        throw next is null
            ? new FormatException($"The expression ends too early at position {_position + 1}: '{symbol}' is missing.")
            : new FormatException($"Expected '{symbol}' at position {_position + 1} but found '{next}'.");
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new FormatException(
                $"The expression nests too deeply at position {_position + 1}: at most {MaxDepth} levels of parentheses, functions, signs and powers.");
        }
    }

    private void Leave() => _depth--;

    private bool IsPowerOperator() => Peek() == '^' || (Peek() == '*' && Peek(1) == '*');

    private FormatException Unexpected(int? at = null)
    {
        var position = at ?? _position;
        return position >= _text.Length
            ? new FormatException($"The expression ends too early at position {position + 1}.")
            : new FormatException($"Unexpected '{_text[position]}' at position {position + 1}.");
    }

    private int SkipDigits()
    {
        var start = _position;
        while (Peek() is { } c && char.IsAsciiDigit(c))
        {
            _position++;
        }

        return _position - start;
    }

    /// <summary>Moves past white space and returns the character there, or null at the end.</summary>
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
