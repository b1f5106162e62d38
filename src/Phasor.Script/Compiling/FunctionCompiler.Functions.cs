using Phasor.Script.Binding;
using Phasor.Script.Syntax;

namespace Phasor.Script.Compiling;

/// <summary>Function prologues: environments, implicit variables, parameters (with their TDZ), the body scope and hoisted declarations.</summary>
internal sealed partial class FunctionCompiler
{
    private Chunk CompileFunctionBody(FunctionNode node, string name)
    {
        MarkStatement(node);
        EmitFunctionEnvironment();
        EmitImplicitVariables();
        if (_info.SelfName is { } self)
        {
            Emit(OpCode.LdaFunction);
            StoreVariable(self, initialize: true);
        }

        // A base class defines its fields before the parameter defaults run (10.2.2 [[Construct]] step 7).
        var isBaseConstructor = node.FunctionKind == FunctionKind.Constructor && !_info.IsDerivedConstructor;
        var mark = _nextTemp;
        var receiver = -1;
        if (isBaseConstructor)
        {
            receiver = AllocTemp();
            Emit(OpCode.LdaThis);
            Emit(OpCode.Star, receiver);
            EmitFieldDefinitions(node, receiver, -1);
        }

        var (length, hasRest) = EmitParameters(node);
        if (isBaseConstructor)
        {
            var properties = node.Parameters.Where(p => p.Modifiers != 0).Select(p => p.Target).OfType<BindingIdentifier>();
            EmitParameterPropertyAssignments(receiver, properties.Select(p => (p.NameId, p.Resolution)));
        }

        FreeTemps(mark);

        var statements = node.Body?.Statements ?? [];
        EmitBodyScopeEntry();
        EmitScopeEntry(statements, _info.VarScope);
        if (node.ExpressionBody is { } body)
        {
            CompileExpression(body);
            Emit(OpCode.Return);
        }
        else
        {
            CompileStatements(statements);
            Emit(OpCode.LdaUndefined);
            EmitDerivedConstructorResult();
            Emit(OpCode.Return);
        }

        return Finish(name, node.Parameters.Length, length, hasRest, node.FunctionKind);
    }

    /// <summary>Binds the parameters in order, running defaults for undefined arguments; returns the function's <c>length</c> and whether it has a rest parameter.</summary>
    private (int Length, bool HasRest) EmitParameters(FunctionNode node)
    {
        // Parameters that a default may read too early hold the hole until their turn (10.2.11 step 25, IteratorBindingInitialization).
        foreach (var variable in _info.Scope.Variables)
        {
            if (variable is { Kind: DeclarationKind.Parameter, NeedsTdzCheck: true })
            {
                Emit(OpCode.LdaHole);
                StoreVariable(variable, initialize: true);
            }
        }

        var length = -1;
        var hasRest = false;
        for (var i = 0; i < node.Parameters.Length; i++)
        {
            var parameter = node.Parameters[i];
            if ((parameter.Default is not null || parameter.IsRest) && length < 0)
            {
                length = i;
            }

            hasRest |= parameter.IsRest;
            if (parameter.Default is not null)
            {
                MarkStatement(parameter);
                Emit(OpCode.Ldar, i);
                var skip = EmitJump(OpCode.JumpIfNotUndefined);
                CompileExpression(parameter.Default);
                Emit(OpCode.Star, i);
                Patch(skip);
            }

            if (parameter.Target is not BindingIdentifier { Resolution: { Kind: ResolutionKind.Local } r } || r.Index != i)
            {
                BindPattern(parameter.Target, i, initialize: true, ParameterListPosition(node));
            }
        }

        return (length < 0 ? node.Parameters.Length : length, hasRest);
    }

    /// <summary>Enters the separate body scope of a function with parameter expressions; a body var named like a parameter starts with its value (10.2.11 step 28.f.i.4).</summary>
    private void EmitBodyScopeEntry()
    {
        if (_info.BodyScope is not { } body)
        {
            return;
        }

        if (body.NeedsEnvironment)
        {
            Emit(OpCode.PushEnv, body.EnvironmentSize);
            _bodyEnvironment = true;
        }

        foreach (var variable in body.Variables)
        {
            if (variable.Kind == DeclarationKind.Var && _info.Scope.Find(variable.NameId) is { Kind: DeclarationKind.Parameter } parameter)
            {
                LoadOwnVariable(parameter);
                StoreVariable(variable, initialize: true);
            }
        }
    }

    /// <summary>Stores the receiver, new.target, home object and running function into the implicit variables the binder created.</summary>
    private void EmitImplicitVariables()
    {
        if (_info.This is { } self)
        {
            if (!_info.IsDerivedConstructor && !self.IsGlobal && self.EnvironmentSlot < 0)
            {
                // The frame is entered with the receiver already in this register (Chunk.ThisRegister).
                _thisRegister = self.Register;
            }
            else
            {
                Emit(_info.IsDerivedConstructor ? OpCode.LdaHole : OpCode.LdaThis);
                StoreVariable(self, initialize: true);
            }
        }

        if (_info.NewTarget is { } newTarget)
        {
            Emit(OpCode.LdaNewTarget);
            StoreVariable(newTarget, initialize: true);
        }

        if (_info.HomeObject is { } home)
        {
            Emit(OpCode.LdaHome);
            StoreVariable(home, initialize: true);
        }

        if (_info.ActiveFunction is { } function)
        {
            Emit(OpCode.LdaFunction);
            StoreVariable(function, initialize: true);
        }
    }

    private void EmitFunctionEnvironment()
    {
        if (_info.Scope.NeedsEnvironment)
        {
            Emit(OpCode.PushEnv, _info.Scope.EnvironmentSize);
        }
    }

    /// <summary>Instantiates what a scope declares on entry: TDZ holes for lexical bindings, then hoisted functions.</summary>
    private void EmitScopeEntry(Statement[] statements, Scope? scope)
    {
        if (scope is not null)
        {
            foreach (var variable in scope.Variables)
            {
                if (variable.NeedsTdzCheck && variable.IsLexical && !variable.IsGlobal)
                {
                    Emit(OpCode.LdaHole);
                    StoreVariable(variable, initialize: true);
                }
            }
        }

        foreach (var statement in statements)
        {
            if (statement is FunctionDeclaration { Function: { Name: { } name } function })
            {
                EmitClosure(function, Names[name.NameId], -1);
                StoreBinding(name.Resolution, initialize: true);
            }
        }
    }

    /// <summary>Where V8 reports a failed parameter destructuring: the parameter list's opening parenthesis.</summary>
    private int ParameterListPosition(FunctionNode node)
    {
        var text = _source.Text;
        var at = node.Parameters[0].Span.Start - 1;
        while (at >= 0 && char.IsWhiteSpace(text[at]))
        {
            at--;
        }

        return at >= 0 && text[at] == '(' ? at : node.Parameters[0].Span.Start;
    }
}
