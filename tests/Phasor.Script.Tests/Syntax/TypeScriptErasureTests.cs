using static Phasor.Script.Tests.Syntax.SyntaxCheck;

namespace Phasor.Script.Tests.Syntax;

public sealed class TypeScriptErasureTests
{
    [Theory]
    [InlineData("let x: number = 1", "(let (= x 1))")]
    [InlineData("let x: Array<Map<string, number[]>> = []", "(let (= x (array)))")]
    [InlineData("let x: Map<string, Array<number>>= y", "(let (= x y))")]
    [InlineData("let f: (a: number, b?: string) => void = g", "(let (= f g))")]
    [InlineData("let u: 'a' | \"b\" | 1 | -1 | true | null | undefined = z", "(let (= u z))")]
    [InlineData("let t: [number, string?, ...boolean[]] = z", "(let (= t z))")]
    [InlineData("let t: [first: number, rest?: string] = z", "(let (= t z))")]
    [InlineData("let o: { a: number; b?: string, readonly c: T; m(x: number): void; [k: string]: any; (): void; new (x: T): U } = z", "(let (= o z))")]
    [InlineData("let k: keyof typeof obj = z", "(let (= k z))")]
    [InlineData("let i: T['a'][number] = z", "(let (= i z))")]
    [InlineData("let c: A & (B | C) = z", "(let (= c z))")]
    [InlineData("let x!: number", "(let x)")]
    [InlineData("let n: typeof a.b<number> = z", "(let (= n z))")]
    [InlineData("let s: `id-${number}` = z", "(let (= s z))")]
    [InlineData("let g: <T>(x: T) => T = z", "(let (= g z))")]
    [InlineData("let v: new () => Foo = z", "(let (= v z))")]
    [InlineData("let p: unique symbol = z", "(let (= p z))")]
    [InlineData("let q: Promise<void> | (() => void)[] = z", "(let (= q z))")]
    public void TypeAnnotations_AreErased(string source, string expected) => Check(source, expected);

    [Theory]
    [InlineData("type A = string", "")]
    [InlineData("type F<T extends object = {}> = (x: T) => T;", "")]
    [InlineData("type C<T> = T extends string ? 's' : T extends (infer U)[] ? U : never", "")]
    [InlineData("type I<T> = T extends Array<infer U extends string> ? U : never", "")]
    [InlineData("type M<T> = { readonly [K in keyof T]?: T[K] }", "")]
    [InlineData("type M2<T> = { -readonly [K in keyof T as `get${K}`]-?: () => T[K] }", "")]
    [InlineData("type P = Partial<Record<'a' | 'b', number>>", "")]
    [InlineData("interface I<T> extends A, B<T> { a: T; m(): void }", "")]
    [InlineData("declare const x: number; declare function f(): void; declare class C { m(): void }", "")]
    [InlineData("declare global { interface Window { a: 1 } }", "")]
    [InlineData("function f(x: number): number; function f(x: any) { return x }", "(function f (x) (block (return x)))")]
    [InlineData("function isS(x: unknown): x is string { return true }", "(function isS (x) (block (return true)))")]
    [InlineData("function f<T, U extends keyof T>(this: Window, x?: T, ...r: U[]): void {}", "(function f (x (... r)) (block))")]
    [InlineData("type\nx = 1", "type (= x 1)")]
    public void Declarations_AreErased(string source, string expected) => Check(source, expected);

    [Theory]
    [InlineData("x as number", "x")]
    [InlineData("(x as any).y", "(. x y)")]
    [InlineData("x satisfies T", "x")]
    [InlineData("a as const", "a")]
    [InlineData("x!.y!", "(. x y)")]
    [InlineData("a! + b", "(+ a b)")]
    [InlineData("f<number>(x)", "(call f x)")]
    [InlineData("f<Map<string, number[]>>(x)", "(call f x)")]
    [InlineData("a.b<T>(c)", "(call (. a b) c)")]
    [InlineData("new Map<string, number>()", "(new Map)")]
    [InlineData("a < b && c > d", "(&& (< a b) (> c d))")]
    [InlineData("a < b > c", "(> (< a b) c)")]
    [InlineData("f(a < b, c > (d))", "(call f (call a d))")] // TypeScript reads this as a generic call too
    [InlineData("x = <T,>(a: T): T => a", "(= x (=> (a) a))")]
    [InlineData("x = (a: number, b?: string): void => {}", "(= x (=> (a b) (block)))")]
    [InlineData("x = a < b ? c : d", "(= x (? (< a b) c d))")]
    [InlineData("a >> b >>> c", "(>>> (>> a b) c)")]
    public void ExpressionTypes_AreErased(string source, string expected) => Check(source, expected);

    [Theory]
    [InlineData("class A<T> extends B<T> implements I, J<T> { private x: number = 1; protected readonly y?: string; public static z = 2; declare w: number; abstract m(): void; n!: number; o?(): void {} }",
        "(class A (extends B) (field x 1) (field y) (static field z 2) (field n) (o (method () (block))))")]
    [InlineData("class P { constructor(private a: number, public readonly b = 2, c: string) {} }",
        "(class P (constructor (constructor ((property a) (property (= b 2)) c) (block))))")]
    [InlineData("class O { m(x: number): void; m(x: any) { } [key: string]: any; }", "(class O (m (method (x) (block))))")]
    [InlineData("abstract class S { abstract get v(): number; override m() {} }", "(class S (m (method () (block))))")]
    [InlineData("class G { get<T>(k: T): T { return k } set(v) {} static() {} }", "(class G (get (method (k) (block (return k)))) (set (method (v) (block))) (static (method () (block))))")]
    public void ClassMembers_AreErased(string source, string expected) => Check(source, expected);

    [Theory]
    [InlineData("enum E { A, B = 5, C }", "(enum E A (B 5) C)")]
    [InlineData("enum S { X = 'x', 'y z' = \"q\", }", "(enum S (X \"x\") (y z \"q\"))")]
    [InlineData("const enum K { A = 1 << 2 }", "(enum K (A (<< 1 2)))")]
    [InlineData("declare enum D { A }", "")]
    public void Enums_BecomeEnumDeclarations(string source, string expected) => Check(source, expected);

    [Theory]
    [InlineData("<number>x", "PS1108")]
    [InlineData("namespace N { }", "PS1109")]
    [InlineData("class A { #p = 1 }", "PS1106")]
    [InlineData("import { a } from 'b'", "PS1105")]
    [InlineData("export const a = 1", "PS1105")]
    [InlineData("function* g() {}", "PS1101")]
    [InlineData("async function f() {}", "PS1102")]
    [InlineData("x = async () => 1", "PS1102")]
    [InlineData("await x", "PS1102")]
    [InlineData("with (o) {}", "PS1104")]
    [InlineData("f`x`", "PS1107")]
    [InlineData("@dec class A {}", "PS1113")]
    [InlineData("class A { static { } }", "PS1112")]
    [InlineData("x = 10n", "PS1111")]
    [InlineData("x = 017", "PS1114")]
    public void UnsupportedFeatures_AreReportedClearly(string source, string id) => FirstError(source, id);
}
