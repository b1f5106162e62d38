using System.Globalization;
using System.Text;
using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>JSON.parse (ECMAScript 25.5.1): a recursive-descent parser reporting V8's messages and positions.</summary>
internal sealed class JsonParser
{
    private const int ContextCharacters = 10;

    private readonly Realm _realm;
    private readonly string _text;
    private int _position;

    private JsonParser(Realm realm, string text)
    {
        _realm = realm;
        _text = text;
    }

    public static JsValue Parse(Realm realm, string text)
    {
        var parser = new JsonParser(realm, text);
        parser.SkipWhiteSpace();
        var value = parser.ParseValue();
        parser.SkipWhiteSpace();
        if (parser._position < text.Length)
        {
            parser.Fail(ErrorMessages.JsonTrailing);
        }
        return value;
    }

    private void SkipWhiteSpace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    private JsValue ParseValue()
    {
        if (_position >= _text.Length)
        {
            FailEnd();
        }
        switch (_text[_position])
        {
            case '{':
                return ParseObject();
            case '[':
                return ParseArray();
            case '"':
                return ParseString();
            case '-' or (>= '0' and <= '9'):
                return ParseNumber();
            case 't':
                return ParseLiteral("true", JsValue.True);
            case 'f':
                return ParseLiteral("false", JsValue.False);
            case 'n':
                return ParseLiteral("null", JsValue.Null);
            default:
                return FailToken();
        }
    }

    private JsValue ParseLiteral(string word, JsValue value)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (_position + i >= _text.Length)
            {
                FailEnd();
            }
            if (_text[_position + i] != word[i])
            {
                _position += i;
                return FailToken();
            }
        }
        _position += word.Length;
        return value;
    }

    private JsValue ParseObject()
    {
        var obj = _realm.CreateObject();
        _position++;
        SkipWhiteSpace();
        if (Peek() == '}')
        {
            _position++;
            return obj;
        }
        for (var first = true; ; first = false)
        {
            SkipWhiteSpace();
            if (Peek() != '"')
            {
                Fail(first ? ErrorMessages.JsonExpectedPropertyName : "Expected double-quoted property name in JSON at position {0}");
            }
            var key = ParseString().String;
            SkipWhiteSpace();
            if (Peek() != ':')
            {
                Fail(ErrorMessages.JsonExpectedColon);
            }
            _position++;
            SkipWhiteSpace();
            obj.DefineOwn(key, ParseValue());
            SkipWhiteSpace();
            var c = Peek();
            _position++;
            if (c == '}')
            {
                return obj;
            }
            if (c != ',')
            {
                _position--;
                Fail(ErrorMessages.JsonExpectedCommaOrBrace);
            }
        }
    }

    private JsValue ParseArray()
    {
        var array = _realm.CreateArray();
        _position++;
        SkipWhiteSpace();
        if (Peek() == ']')
        {
            _position++;
            return array;
        }
        while (true)
        {
            SkipWhiteSpace();
            array.Push(ParseValue());
            SkipWhiteSpace();
            var c = Peek();
            _position++;
            if (c == ']')
            {
                return array;
            }
            if (c != ',')
            {
                _position--;
                Fail(ErrorMessages.JsonExpectedCommaOrBracket);
            }
        }
    }

    private JsValue ParseString()
    {
        _position++;
        StringBuilder? sb = null;
        var start = _position;
        while (true)
        {
            if (_position >= _text.Length)
            {
                Fail(ErrorMessages.JsonUnterminatedString);
            }
            var c = _text[_position];
            if (c == '"')
            {
                var tail = _text[start.._position];
                _position++;
                return sb is null ? tail : sb.Append(tail).ToString();
            }
            if (c < 0x20)
            {
                Fail(ErrorMessages.JsonBadControl);
            }
            if (c != '\\')
            {
                _position++;
                continue;
            }
            sb ??= new StringBuilder();
            sb.Append(_text, start, _position - start);
            _position++;
            sb.Append(ParseEscape());
            start = _position;
        }
    }

    private char ParseEscape()
    {
        if (_position >= _text.Length)
        {
            Fail(ErrorMessages.JsonUnterminatedString);
        }
        var c = _text[_position++];
        switch (c)
        {
            case '"' or '\\' or '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (_position + 4 <= _text.Length
                    && int.TryParse(_text.AsSpan(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    _position += 4;
                    return (char)code;
                }
                var bad = _position;
                while (bad < _text.Length && bad < _position + 4 && Uri.IsHexDigit(_text[bad]))
                {
                    bad++;
                }
                _position = bad;
                Fail("Bad Unicode escape in JSON at position {0}");
                return default;
            default:
                _position--;
                Fail(ErrorMessages.JsonBadEscape);
                return default;
        }
    }

    private JsValue ParseNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
            if (!char.IsAsciiDigit(Peek()))
            {
                Fail(ErrorMessages.JsonNoNumberAfterMinus);
            }
        }
        if (Peek() == '0')
        {
            _position++;
            if (char.IsAsciiDigit(Peek()))
            {
                Fail("Unexpected number in JSON at position {0}");
            }
        }
        else
        {
            SkipDigits();
        }
        if (Peek() == '.')
        {
            _position++;
            if (!char.IsAsciiDigit(Peek()))
            {
                Fail(ErrorMessages.JsonUnterminatedFraction);
            }
            SkipDigits();
        }
        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }
            if (!char.IsAsciiDigit(Peek()))
            {
                Fail(ErrorMessages.JsonExponentMissing);
            }
            SkipDigits();
        }
        return double.Parse(_text.AsSpan(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private void SkipDigits()
    {
        while (char.IsAsciiDigit(Peek()))
        {
            _position++;
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void FailEnd() => Throw.SyntaxError(_realm, ErrorMessages.JsonUnexpectedEnd);

    private void Fail(string template) => Throw.SyntaxError(_realm, template, _position);

    /// <summary>"Unexpected token 'x', "source" is not valid JSON", the source abbreviated around the token when long.</summary>
    private JsValue FailToken()
    {
        if (_position >= _text.Length)
        {
            FailEnd();
        }
        string context;
        if (_text.Length < (ContextCharacters * 2) + 1)
        {
            context = "\"" + _text + "\"";
        }
        else
        {
            var start = Math.Max(0, _position - ContextCharacters);
            var end = Math.Min(_text.Length, _position + ContextCharacters);
            context = (start > 0 ? "...\"" : "\"") + _text[start..end] + (end < _text.Length ? "\"..." : "\"");
        }
        Throw.SyntaxError(_realm, ErrorMessages.JsonUnexpectedToken, _text[_position], context);
        return default;
    }
}
