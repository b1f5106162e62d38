using Phasor.Script.Syntax;

namespace Phasor.Script.Compiling;

internal sealed partial class FunctionCompiler
{
    /// <summary>Destructures the value in <paramref name="value"/> into a pattern (declaration or assignment).</summary>
    /// <param name="pattern">The target.</param>
    /// <param name="value">The register holding the value.</param>
    /// <param name="initialize">Whether this initializes declared bindings (rather than assigning).</param>
    /// <param name="position">Where an error of the whole pattern is reported (V8: the initializer of a declaration, the <c>=</c> of an assignment); -1 for the pattern's own start.</param>
    private void BindPattern(Pattern pattern, int value, bool initialize, int position = -1)
    {
        var mark = _nextTemp;
        switch (pattern)
        {
            case BindingIdentifier name:
                Emit(OpCode.Ldar, value);
                StoreBinding(name.Resolution, initialize);
                break;
            case ExpressionPattern p:
                var place = PreparePlace(p.Target);
                Emit(OpCode.Ldar, value);
                StorePlace(place);
                break;
            case DefaultPattern p:
                var actual = AllocTemp();
                Emit(OpCode.Ldar, value);
                var skip = EmitJump(OpCode.JumpIfNotUndefined);
                if (p.Target is BindingIdentifier target)
                {
                    _nameHint = Names[target.NameId];
                }

                CompileExpression(p.Default);
                _nameHint = null;
                Patch(skip);
                Emit(OpCode.Star, actual);
                BindPattern(p.Target, actual, initialize);
                break;
            case ArrayPattern p: BindArrayPattern(p, value, initialize, position < 0 ? p.Span.Start : position); break;
            case ObjectPattern p: BindObjectPattern(p, value, initialize); break;
        }

        FreeTemps(mark);
    }

    private void BindArrayPattern(ArrayPattern p, int value, bool initialize, int position)
    {
        var iterator = AllocTemp();
        var element = AllocTemp();
        Emit(OpCode.Ldar, value);
        MarkExpression(position);
        Emit(OpCode.GetIterator);
        Emit(OpCode.Star, iterator);
        foreach (var item in p.Elements)
        {
            Emit(OpCode.IterStep, iterator, -1);
            var done = Here - 1;
            var over = EmitJump(OpCode.Jump);
            _code[done] = Here;
            Emit(OpCode.LdaUndefined);
            Patch(over);
            if (item is not null)
            {
                Emit(OpCode.Star, element);
                BindPattern(item, element, initialize);
            }
        }

        if (p.Rest is not null)
        {
            var rest = AllocTemp();
            Emit(OpCode.CreateArray);
            Emit(OpCode.Star, rest);
            var top = Here;
            Emit(OpCode.IterStep, iterator, -1);
            var done = Here - 1;
            Emit(OpCode.ArrayPush, rest);
            EmitJump(OpCode.Jump, top);
            _code[done] = Here;
            BindPattern(p.Rest, rest, initialize);
        }
        else
        {
            Emit(OpCode.IterClose, iterator);
        }
    }

    private void BindObjectPattern(ObjectPattern p, int value, bool initialize)
    {
        var keys = p.Rest is null ? -1 : _nextTemp;
        if (p.Rest is not null)
        {
            foreach (var unused in p.Properties)
            {
                AllocTemp();
            }
        }

        var key = AllocTemp();
        var element = AllocTemp();
        if (p.Properties.Length == 0)
        {
            // Destructuring null or undefined throws even when nothing is read.
            MarkExpression(p.Span.Start);
            Emit(OpCode.LdaConst, Constant(Runtime.JsValue.FromString("constructor")));
            Emit(OpCode.GetKeyed, value);
        }

        for (var i = 0; i < p.Properties.Length; i++)
        {
            var property = p.Properties[i];
            var keyRegister = keys >= 0 ? keys + i : key;
            var name = CompilePropertyKey(property.Key, keyRegister);
            MarkExpression(property.Span.Start);
            if (name is not null && property.Key.KeyKind == PropertyKeyKind.Name)
            {
                Emit(OpCode.GetNamed, value, Constant(Runtime.JsValue.FromString(name)), NewCache());
            }
            else
            {
                Emit(OpCode.Ldar, keyRegister);
                Emit(OpCode.GetKeyed, value);
            }

            Emit(OpCode.Star, element);
            BindPattern(property.Value, element, initialize);
        }

        if (p.Rest is not null)
        {
            var rest = AllocTemp();
            Emit(OpCode.ObjectRest, value, keys, p.Properties.Length);
            Emit(OpCode.Star, rest);
            BindPattern(p.Rest, rest, initialize);
        }
    }
}
