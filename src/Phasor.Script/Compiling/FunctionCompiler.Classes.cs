using Phasor.Script.Binding;
using Phasor.Script.Runtime;
using Phasor.Script.Syntax;

namespace Phasor.Script.Compiling;

internal sealed partial class FunctionCompiler
{
    /// <summary>Compiles a class: creates constructor and prototype, then methods, accessors and static fields.</summary>
    private void CompileClass(ClassNode c)
    {
        var mark = _nextTemp;
        var name = c.Name is { } n ? Names[n.NameId] : TakeNameHint();
        var pushed = EnterScope(c.Scope);
        var superRegister = -1;
        if (c.Heritage is not null)
        {
            superRegister = AllocTemp();
            CompileExpression(c.Heritage);
            Emit(OpCode.Star, superRegister);
        }

        var ctorIndex = -1;
        foreach (var member in c.Members)
        {
            if (member is ClassMethod { Function: { FunctionKind: FunctionKind.Constructor } ctor })
            {
                _functions.Add(new FunctionCompiler(_globals, _source, ctor.Info!).CompileFunctionBody(ctor, name));
                ctorIndex = _functions.Count - 1;
            }
        }

        var fieldIndex = CompileFieldInitializer(c, isStatic: false);
        MarkExpression(c.Span.Start);
        Emit(OpCode.CreateClass, ctorIndex, superRegister, Constant(JsValue.FromString(name)), fieldIndex);
        var cls = AllocTemp();
        var proto = AllocTemp();
        var key = AllocTemp();
        Emit(OpCode.Star, cls);
        Emit(OpCode.GetNamed, cls, Constant(JsValue.FromString("prototype")), NewCache());
        Emit(OpCode.Star, proto);
        if (c.InnerName is { } inner && c.Scope is not null)
        {
            Emit(OpCode.Ldar, cls);
            StoreBinding(inner.Resolution, initialize: true);
        }

        foreach (var member in c.Members)
        {
            if (member is ClassField { KeyBinding: { } keyBinding } computedField)
            {
                // A computed field key is evaluated once, in member order, and kept for the field initializers.
                CompilePropertyKey(computedField.Key, key);
                StoreBinding(keyBinding.Resolution, initialize: true);
                continue;
            }

            if (member is not ClassMethod method || method.Function.FunctionKind == FunctionKind.Constructor)
            {
                continue;
            }

            var target = method.IsStatic ? cls : proto;
            EmitMethodClosure(method.Function, method.Key, key, target);
            var op = method.Function.FunctionKind switch
            {
                FunctionKind.Getter => OpCode.DefineGetter,
                FunctionKind.Setter => OpCode.DefineSetter,
                _ => OpCode.DefineKeyed,
            };
            Emit(op, target, key, 1);
        }

        var staticIndex = CompileFieldInitializer(c, isStatic: true);
        if (staticIndex >= 0)
        {
            var init = AllocTemp();
            Emit(OpCode.Method, staticIndex, cls);
            Emit(OpCode.Star, init);
            Emit(OpCode.Call, init, cls, _nextTemp, 0);
        }

        Emit(OpCode.Ldar, cls);
        LeaveScope(pushed);
        FreeTemps(mark);
    }

    /// <summary>Compiles the synthetic method that defines a class's (instance or static) fields on <c>this</c>.</summary>
    private int CompileFieldInitializer(ClassNode c, bool isStatic)
    {
        var fields = c.Members.OfType<ClassField>().Where(f => f.IsStatic == isStatic).ToArray();
        if (fields.Length == 0)
        {
            return -1;
        }

        var info = (isStatic ? c.StaticFields : c.InstanceFields) ?? new FunctionInfo(c, _info, FunctionKind.Method, null, c.Span.Start, c.Span.Start);
        var compiler = new FunctionCompiler(_globals, _source, info);
        _functions.Add(compiler.CompileFields(c, fields));
        return _functions.Count - 1;
    }

    private Chunk CompileFields(ClassNode c, ClassField[] fields)
    {
        MarkStatement(c);
        EmitFunctionEnvironment();
        EmitImplicitVariables();
        var obj = AllocTemp();
        var key = AllocTemp();
        Emit(OpCode.LdaThis);
        Emit(OpCode.Star, obj);
        foreach (var field in fields)
        {
            MarkStatement(field);
            string? name = null;
            if (field.KeyReference is { } stored)
            {
                LoadBinding(stored.Resolution);
                Emit(OpCode.Star, key);
            }
            else
            {
                name = CompilePropertyKey(field.Key, key);
            }

            if (field.Initializer is null)
            {
                Emit(OpCode.LdaUndefined);
            }
            else
            {
                _nameHint = name;
                CompileExpression(field.Initializer);
                _nameHint = null;
            }

            Emit(OpCode.DefineKeyed, obj, key, 0);
        }

        Emit(OpCode.LdaUndefined);
        Emit(OpCode.Return);
        return Finish("<fields>", 0, 0, false, FunctionKind.Method);
    }

    /// <summary>Defines the instance fields on a new object: the parameter properties first (undefined until assigned, as TypeScript declares them), then the class's fields.</summary>
    /// <param name="ctor">The constructor, whose parameter properties are declared.</param>
    /// <param name="self">The register holding the new object.</param>
    /// <param name="function">The register holding the class constructor, or -1 for the running function.</param>
    private void EmitFieldDefinitions(FunctionNode ctor, int self, int function)
    {
        var mark = _nextTemp;
        foreach (var parameter in ctor.Parameters)
        {
            if (parameter.Modifiers != 0 && parameter.Target is BindingIdentifier name)
            {
                var key = StringRegister(Names[name.NameId]);
                Emit(OpCode.LdaUndefined);
                Emit(OpCode.DefineKeyed, self, key, 0);
            }
        }

        if (function < 0)
        {
            Emit(OpCode.InitFields, self);
        }
        else
        {
            Emit(OpCode.InitFieldsFrom, function, self);
        }

        FreeTemps(mark);
    }

    /// <summary>Assigns the parameter properties (<c>this.x = x</c>, as TypeScript emits them), each read through a resolution valid where this code runs.</summary>
    private void EmitParameterPropertyAssignments(int self, IEnumerable<(int NameId, Resolution Resolution)> properties)
    {
        foreach (var (nameId, resolution) in properties)
        {
            LoadBinding(resolution);
            Emit(OpCode.SetNamed, self, NameConstant(nameId), NewCache());
        }
    }

    /// <summary>
    /// Evaluates a method's key into <paramref name="key"/> and creates its closure, named as JavaScript names it: the
    /// key, with "get " or "set " before an accessor's (SetFunctionName, 10.2.9); a computed key names it at run time.
    /// </summary>
    private void EmitMethodClosure(FunctionNode function, Syntax.PropertyKey propertyKey, int key, int home)
    {
        var name = CompilePropertyKey(propertyKey, key);
        var prefix = function.FunctionKind switch
        {
            FunctionKind.Getter => 1,
            FunctionKind.Setter => 2,
            _ => 0,
        };
        var staticName = name is null ? "" : prefix switch
        {
            1 => "get " + name,
            2 => "set " + name,
            _ => name,
        };
        EmitClosure(function, staticName, home);
        if (name is null)
        {
            Emit(OpCode.SetFunctionName, key, prefix);
        }
    }

    private int StringRegister(string value)
    {
        var register = AllocTemp();
        EmitString(value);
        Emit(OpCode.Star, register);
        return register;
    }
}
