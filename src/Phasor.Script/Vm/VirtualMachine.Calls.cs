using System.Runtime.CompilerServices;
using Phasor.Script.Runtime;

namespace Phasor.Script.Vm;

internal sealed partial class VirtualMachine
{
    /// <summary>Calls anything that is not a plain script closure (host functions, bound functions, class constructors).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private JsValue CallValue(JsValue callee, JsValue self, ReadOnlySpan<JsValue> args)
    {
        if (callee.Ref is not JsFunction function)
        {
            return Throw.TypeError<JsValue>(_realm, ErrorMessages.NotAFunction, DescribeCallSite(callee));
        }

        if (function is Closure { IsClassConstructor: true } closure)
        {
            Throw.TypeError(_realm, ErrorMessages.ClassWithoutNew, closure.Name);
        }

        if (_fi + 1 >= MaxFrames)
        {
            Throw.RangeError(_realm, ErrorMessages.StackOverflow);
        }

        return function.Call(_realm, self, args);
    }

    /// <summary>Names the callee of the current call instruction from the chunk's call-site table, as V8 does.</summary>
    private string DescribeCallSite(JsValue callee)
    {
        ref var frame = ref _frames[_fi];
        if (frame.Chunk.CallSites.TryGetValue(frame.Pc, out var text))
        {
            return text;
        }

        return callee.IsString ? "\"" + callee.String + "\"" : Inspector.DescribeForError(callee);
    }

    private JsValue ConstructValue(JsValue callee, ReadOnlySpan<JsValue> args)
    {
        if (callee.Ref is not JsFunction { IsConstructor: true } function)
        {
            return Throw.TypeError<JsValue>(_realm, ErrorMessages.NotAConstructor, DescribeCallSite(callee));
        }

        return Construct(function, args, function);
    }

    /// <summary><c>super(...)</c>: constructs the parent class with this frame's new.target and binds <c>this</c>.</summary>
    private JsValue SuperCall(ref Frame frame, ReadOnlySpan<JsValue> args)
    {
        var parent = frame.Function.Prototype as JsFunction;
        if (parent is null || !parent.IsConstructor)
        {
            return Throw.TypeError<JsValue>(_realm, VmMessages.SuperNotConstructor, Inspector.DescribeForError(parent is null ? JsValue.Null : parent));
        }

        var newTarget = frame.NewTarget ?? frame.Function;
        JsValue result;
        frame.InSuperCall = true;
        try
        {
            result = Construct(parent, args, newTarget);
        }
        finally
        {
            _frames[_fi].InSuperCall = false;
        }

        frame = ref _frames[_fi];
        frame.This = result;
        return result;
    }

    /// <summary>A class without an explicit constructor: forwards to the parent (derived) or allocates, then runs fields.</summary>
    private JsValue ConstructDefault(Closure closure, ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        JsValue self;
        if (closure.IsDerived)
        {
            var parent = closure.Prototype as JsFunction;
            if (parent is null || !parent.IsConstructor)
            {
                return Throw.TypeError<JsValue>(_realm, ErrorMessages.NotAConstructor, "Super constructor");
            }

            self = Construct(parent, args, newTarget);
        }
        else
        {
            self = new JsObject(_realm.PrototypeFromConstructor(newTarget, _realm.ObjectPrototype));
        }

        if (closure.FieldInit is { } init)
        {
            Invoke(init, self, [], null);
        }

        return self;
    }
}
