using Phasor.Script.Runtime;

namespace Phasor.Script.Vm;

/// <summary>Rare paths kept out of the dispatch loop: <c>super(...)</c> away from the constructor's own frame (inside arrows), run-time function names.</summary>
internal sealed partial class VirtualMachine
{
    /// <summary>Constructs the parent class of <paramref name="function"/> with <paramref name="newTarget"/> (13.3.7.1 SuperCall, steps 3-6).</summary>
    private JsValue SuperConstruct(JsValue function, JsValue newTarget, JsValue arguments)
    {
        var constructor = (Closure)function.Object;
        if (constructor.Prototype is not JsFunction { IsConstructor: true } parent)
        {
            return Throw.TypeError<JsValue>(_realm, VmMessages.SuperNotConstructor, Inspector.DescribeForError(constructor.Prototype is { } p ? p : JsValue.Null));
        }

        var args = ((JsArray)arguments.Object).ToArray(_realm);
        var target = newTarget.Ref as JsObject ?? constructor;
        var frame = _fi;
        _frames[frame].InSuperCall = true;
        try
        {
            return Construct(parent, args, target);
        }
        finally
        {
            _frames[frame].InSuperCall = false;
        }
    }

    /// <summary>Runs the instance field initializers of the class <paramref name="function"/> on <paramref name="self"/> (InitializeInstanceElements).</summary>
    private void InitFieldsFrom(JsValue function, JsValue self)
    {
        if (((Closure)function.Object).FieldInit is { } init)
        {
            Invoke(init, self, [], null);
        }
    }

    /// <summary>SetFunctionName (10.2.9) for a computed key: names the new function after the key's value.</summary>
    private void SetFunctionName(JsValue function, JsValue key, int prefix)
    {
        var name = Conversions.ToPropertyKey(_realm, key);
        name = prefix switch
        {
            1 => "get " + name,
            2 => "set " + name,
            _ => name,
        };
        ((JsObject)function.Object).DefineOwn("name", name, PropertyFlags.Configurable);
    }

    /// <summary>[[Construct]] of a derived class (10.2.2 step 10.c): a returned value must be an object or undefined.</summary>
    private void CheckDerivedResult(JsValue result)
    {
        if (!result.IsObject)
        {
            Throw.TypeError(_realm, ErrorMessages.DerivedConstructorResult);
        }
    }

    /// <summary>BindThisValue (9.1.1.3.1): a constructor's this binding can be initialized only once.</summary>
    private void CheckThisUninitialized(JsValue binding)
    {
        if (!binding.IsHole)
        {
            Throw.ReferenceError(_realm, ErrorMessages.SuperCalledTwice);
        }
    }
}
