using Phasor.Script.Binding;
using Phasor.Script.Syntax;
using static Phasor.Script.Tests.Binding.BindCheck;

namespace Phasor.Script.Tests.Binding;

public sealed class BinderTests
{
    [Fact]
    public void TopLevelDeclarations_AreGlobals()
    {
        var bound = Check("let a = 1; const b = a; function f() {} class C {} var v; print(a)",
            "a=global b=global a=global f=global C=global v=global print=global a=global");
        Assert.Equal(["C", "a", "b", "f", "v"], bound.Globals.Select(v => bound.Syntax.Names[v.NameId]).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void ParametersAndLocals_GetRegisters_ParametersFirst()
    {
        var bound = Check("function f(a, b) { let c = a; var d = b; return c + d }",
            "f=global a=r0 b=r1 c=r3 a=r0 d=r2 b=r1 c=r3 d=r2");
        var info = Find<FunctionNode>(bound).Info!;
        Assert.Equal(2, info.ParameterCount);
        Assert.Equal(4, info.RegisterCount);
    }

    [Fact]
    public void DestructuredParameter_KeepsItsArgumentRegister_AndBindsNewRegisters()
    {
        Check("function f({ x, y }, [z] = []) { return x + z }", "f=global x=r2 y=r3 z=r4 x=r2 z=r4");
    }

    [Fact]
    public void BlockScopes_ShadowOuterNames()
    {
        Check("function f() { let x = 1; { let x = 2; x } x }", "f=global x=r0 x=r1 x=r1 x=r0");
    }

    [Fact]
    public void CapturedVariables_LiveInEnvironments_WithDepthAndSlot()
    {
        var bound = Check("function outer(p) { let a = 1; let b = 2; return () => a + p }",
            "outer=global p=env0.0 a=env0.1 b=r1 a=env0.1 p=env0.0");
        var outer = Find<FunctionNode>(bound).Info!;
        Assert.True(outer.Scope.NeedsEnvironment);
        Assert.Equal(2, outer.Scope.EnvironmentSize);
    }

    [Fact]
    public void CaptureDepth_CountsOnlyScopesWithEnvironments()
    {
        Check(
            "function f() { let a = 1; { let b = 2; { let c = 3; return () => () => a + b + c } } }",
            "f=global a=env0.0 b=env0.0 c=env0.0 a=env2.0 b=env1.0 c=env0.0");
    }

    [Fact]
    public void BlocksWithoutCaptures_HaveNoEnvironment()
    {
        Check("function f() { let a = 1; { let b = 2; return () => a } }", "f=global a=env0.0 b=r0 a=env0.0");
    }

    [Fact]
    public void ForLetLoop_WithCapturedBinding_HasAPerIterationEnvironment()
    {
        var bound = Check("function f(fs) { for (let i = 0; i < 3; i++) fs.push(() => i) }",
            "f=global fs=r0 i=env0.0 i=env0.0 i=env0.0 fs=r0 i=env0.0");
        var loop = Find<ForStatement>(bound);
        Assert.Equal(ScopeKind.Loop, loop.Scope!.Kind);
        Assert.True(loop.Scope.NeedsEnvironment);
    }

    [Fact]
    public void ForOfConst_IsALoopScope() => Check("for (const x of xs) log(x)", "x=r0 xs=global log=global x=r0");

    [Fact]
    public void Var_IsHoistedToTheFunction()
    {
        Check("function f() { g(v); { var v = 1; } return v; function g() {} }", "f=global g=r1 v=r0 v=r0 v=r0 g=r1");
    }

    [Fact]
    public void ReferenceBeforeLetInSameFunction_NeedsTdzCheck()
    {
        Check("function f() { x; let x = x + 1; x }", "f=global x=r0!tdz x=r0 x=r0!tdz x=r0");
    }

    [Fact]
    public void ClosureCreatedAfterDeclaration_NeedsNoTdzCheck_HoistedFunctionDoes()
    {
        Check("function f() { let x = 1; const g = () => x; function h() { return x } }",
            "f=global x=env0.0 g=r0 x=env0.0 h=r1 x=env0.0!tdz");
    }

    [Fact]
    public void SwitchCaseLexicals_AlwaysNeedTdzChecks()
    {
        Check("function f(v) { switch (v) { case 0: let a = 1; case 1: a } }", "f=global v=r0 v=r0 a=r1 a=r1!tdz");
    }

    [Fact]
    public void ThisInArrow_IsTheEnclosingFunctionsReceiver_Captured()
    {
        var bound = Check("function f() { this.a; return () => this.b }", "f=global this=env0.0 this=env0.0");
        var f = Find<FunctionNode>(bound).Info!;
        Assert.NotNull(f.This);
        Assert.True(f.This!.IsCaptured);
    }

    [Fact]
    public void ThisInPlainFunction_IsALocalRegister() => Check("function f(a) { return this }", "f=global a=r0 this=r1");

    [Fact]
    public void NamedFunctionExpression_SeesItsOwnName()
    {
        var bound = Check("const f = function fact(n) { return fact(n) }", "f=global fact=r1 n=r0 fact=r1 n=r0");
        var info = Nodes(bound.Syntax.Root).OfType<FunctionNode>().Single().Info!;
        Assert.NotNull(info.SelfName);
    }

    [Fact]
    public void ClassMembers_BindThisSuperAndFieldInitializers()
    {
        var bound = Check(
            "class A extends B { x = this.y; constructor(private p) { super(p); } m() { return super.m() + new.target } }",
            "A=global B=global this=r0 p=r0 super=? p=r0 super=r0 new.target=r2");
        var node = Find<ClassNode>(bound);
        Assert.NotNull(node.InstanceFields);
        Assert.Null(node.StaticFields);
        var constructor = node.Members.OfType<ClassMethod>().First().Function.Info!;
        Assert.True(constructor.IsDerivedConstructor);
        Assert.NotNull(constructor.This);
    }

    [Fact]
    public void NamedClassExpression_HasAScopeForItsInnerName()
    {
        var bound = Check("const K = class Inner { static make() { return new Inner() } }", "K=global Inner=env0.0 Inner=env0.0");
        var node = Find<ClassNode>(bound);
        Assert.Equal(ScopeKind.Class, node.Scope!.Kind);
        Assert.True(node.Scope.NeedsEnvironment);
    }

    [Fact]
    public void StaticAndInstanceFieldInitializers_GetOneFunctionEach()
    {
        var bound = Check("class A { a = 1; static s = this; b = () => this; static t = 2 }", "A=global this=r0 this=env0.0");
        var node = Find<ClassNode>(bound);
        Assert.NotNull(node.InstanceFields);
        Assert.NotNull(node.StaticFields);
        Assert.Equal(3, bound.Functions.Count(f => f.Node == node || f.Node is FunctionNode { FunctionKind: FunctionKind.Arrow }));
        Assert.True(node.InstanceFields!.This!.IsCaptured);
    }

    [Fact]
    public void LoopBodyBlock_WithCapturedLet_HasItsOwnEnvironment()
    {
        var bound = Check("function f(fs) { while (fs) { let x = 1; fs.push(() => x); } }", "f=global fs=r0 fs=r0 x=env0.0 fs=r0 x=env0.0");
        var block = Nodes(bound.Syntax.Root).OfType<BlockStatement>().Single(b => b.Scope is not null);
        Assert.True(block.Scope!.NeedsEnvironment);
    }

    [Fact]
    public void ArrowsAtTopLevel_CaptureTheScriptsThis() => Check("const f = () => this", "f=global this=env0.0");

    [Fact]
    public void BreakAndContinue_RecordTheirTargets()
    {
        var bound = Check("outer: for (;;) { while (x) { if (y) continue outer; break; } }", "x=global y=global");
        var jumps = Nodes(bound.Syntax.Root).ToList();
        var forLoop = jumps.OfType<ForStatement>().Single();
        var whileLoop = jumps.OfType<WhileStatement>().Single();
        Assert.Same(forLoop, jumps.OfType<ContinueStatement>().Single().Target);
        Assert.Same(whileLoop, jumps.OfType<BreakStatement>().Single().Target);
    }

    [Fact]
    public void BreakOutOfLabelledBlock_TargetsTheBlock()
    {
        var bound = Check("done: { if (x) break done; }", "x=global");
        Assert.IsType<BlockStatement>(Nodes(bound.Syntax.Root).OfType<BreakStatement>().Single().Target);
    }

    [Fact]
    public void AssignmentDestructuring_ResolvesTargets() => Check("function f(a, b) { [a, b] = [b, a] }", "f=global a=r0 b=r1 a=r0 b=r1 b=r1 a=r0");

    [Fact]
    public void EnumInitializers_SeeMembersByTheirBareNames()
    {
        Check("const A = 1; enum E { A = 2, B = A * 2, C = E.A + x }", "A=global E=global A=member E=global x=global");
    }

    [Fact]
    public void CatchParameter_IsScopedToTheHandler() => Check("try {} catch (e) { e } e", "e=r0 e=r0 e=global");

    [Fact]
    public void ConstVariable_IsMarkedConstantForTheCompiler()
    {
        var bound = Check("function f() { const k = 1; k = 2 }", "f=global k=r0 k=r0");
        var k = Nodes(bound.Syntax.Root).OfType<Identifier>().Single();
        Assert.True(k.Resolution.Variable!.IsConstant);
    }

    [Theory]
    [InlineData("let a; let a;", "1:12: PS2001: Identifier 'a' has already been declared")]
    [InlineData("var a; let a;", "1:12: PS2001: Identifier 'a' has already been declared")]
    [InlineData("{ let a; var a; }", "1:7: PS2001: Identifier 'a' has already been declared")]
    [InlineData("function f(p) { let p; }", "1:21: PS2001: Identifier 'p' has already been declared")]
    [InlineData("function f(p, p) {}", "1:15: PS2001: Identifier 'p' has already been declared")]
    [InlineData("function f(p = 1) { let p; }", "1:25: PS2001: Identifier 'p' has already been declared")]
    [InlineData("function f({ p }) { const p = 1; }", "1:27: PS2001: Identifier 'p' has already been declared")]
    [InlineData("enum E { A } let E;", "1:18: PS2001: Identifier 'E' has already been declared")]
    [InlineData("class C {} class C {}", "1:18: PS2001: Identifier 'C' has already been declared")]
    [InlineData("try {} catch (e) { let e; }", "1:24: PS2001: Identifier 'e' has already been declared")]
    [InlineData("break;", "1:1: PS2002: 'break' must be inside a loop or a 'switch'")]
    [InlineData("while (x) { (() => { break; })() }", "1:22: PS2002: 'break' must be inside a loop or a 'switch'")]
    [InlineData("switch (x) { case 1: continue; }", "1:22: PS2003: 'continue' must be inside a loop")]
    [InlineData("for (;;) break nowhere;", "1:16: PS2004: Undefined label 'nowhere'")]
    [InlineData("a: { continue a; }", "1:15: PS2009: Label 'a' of 'continue' is not on a loop")]
    [InlineData("a: a: ;", "1:4: PS2008: Label 'a' has already been declared")]
    [InlineData("return 1", "1:1: PS2005: 'return' must be inside a function")]
    [InlineData("function f() { super.x }", "1:16: PS2006: 'super' is only valid inside methods of a class")]
    [InlineData("class A { constructor() { super() } }", "1:27: PS2007: 'super()' is only valid in the constructor of a class that extends another")]
    [InlineData("new.target", "1:1: PS2010: 'new.target' is only valid inside functions")]
    [InlineData("function f() { return arguments }", "1:23: PS1110: 'arguments' is not supported; use a rest parameter")]
    public void ScopeErrors_AreReported(string source, string expected) => Errors(source, expected);

    [Theory]
    [InlineData("var a; var a; function a() {}")]
    [InlineData("function f(a) { var a; }")]
    [InlineData("function f(a = 1) { var a; function a() {} }")]
    [InlineData("enum E { A } enum E { B = A }")]
    [InlineData("let a; { let a; }")]
    [InlineData("function f() { function g() {} function g() {} }")]
    [InlineData("{ let x; function f() { var x; } }")]
    [InlineData("const arguments2 = 1; (() => arguments2)()")]
    public void LegalRedeclarations_AreAccepted(string source) => Assert.Empty(Bind(source).Syntax.Diagnostics);

    [Fact]
    public void ParameterDefaults_ReadingLaterParameters_NeedTdzChecks_AndOwnRegisters()
    {
        // b is read by a's default before it is initialized, so it cannot live in its argument register (r1).
        var bound = Check("function f(a = b, b) { return a + b }", "f=global a=r0 b=r2!tdz b=r2 a=r0 b=r2");
        var info = Find<FunctionNode>(bound).Info!;
        var b = info.Scope.Find(bound.Syntax.Names.Find("b"))!;
        Assert.True(b.NeedsTdzCheck);
        Assert.Equal(2, b.Register);
        Check("function f(a, b = a) { return b }", "f=global a=r0 b=r1 a=r0 b=r1");
        Check("function f(a = () => b, b) {}", "f=global a=r0 b=env0.0!tdz b=env0.0");
        Check("function f(a = 1) { return () => a }", "f=global a=env0.0 a=env0.0");
    }

    [Fact]
    public void ParameterExpressions_GiveTheBodyItsOwnScope()
    {
        // The body's var a is a binding of its own (r2), apart from parameter a (r0) that the default's closure captures.
        var bound = Check("function f(a, g = () => a) { var a; return a }", "f=global a=env0.0 g=r1 a=env0.0 a=r2 a=r2");
        var info = Find<FunctionNode>(bound).Info!;
        Assert.Equal(ScopeKind.Body, info.BodyScope!.Kind);
        Assert.Same(info.Scope, info.BodyScope.Parent);
        Assert.Null(Find<FunctionNode>(Bind("function f(a, b) { var c }")).Info!.BodyScope);

        // A default cannot see the body's declarations: x resolves to the global.
        Check("function f(p = x) { let x = 1; return x }", "f=global p=r0 x=global x=r1 x=r1");
    }

    [Fact]
    public void SuperCallInArrow_ResolvesThisAndTheConstructorThroughCaptures()
    {
        var bound = Bind("class A extends B { constructor(public p) { const s = () => super(p); s() } }");
        var call = Nodes(bound.Syntax.Root).OfType<CallExpression>().First(c => c.Callee is SuperExpression);
        var binding = call.SuperBinding!;
        Assert.Equal(ResolutionKind.Captured, binding.This.Resolution.Kind);
        Assert.Equal(ResolutionKind.Captured, binding.Function!.Resolution.Kind);
        Assert.Equal(ResolutionKind.Captured, binding.NewTarget!.Resolution.Kind);
        Assert.Equal(ResolutionKind.Captured, Assert.Single(binding.ParameterProperties).Resolution.Kind);

        var direct = Nodes(Bind("class A extends B { constructor() { super() } }").Syntax.Root).OfType<CallExpression>().Single();
        Assert.Equal(ResolutionKind.Local, direct.SuperBinding!.This.Resolution.Kind);
        Assert.Null(direct.SuperBinding.Function);
    }
}
