namespace Phasor.Wasm.Tests.Spec;

public sealed class WastPatchesTests
{
    [Fact]
    public void TableIndexPatch_WritesTheImplicitIndexOutsideStringsAndComments()
    {
        const string text = """
            (func (result i32) table.size) (table.get (local.get 0)) (table.set $t (i32.const 1) (ref.null func))
            (table.grow 2 (ref.null func) (i32.const 1)) ;; table.fill here is a comment
            (assert_malformed (module quote "(table.fill)") "x") (; table.get ;) (elem.table.get)
            """;
        const string expected = """
            (func (result i32) table.size 0) (table.get 0 (local.get 0)) (table.set $t (i32.const 1) (ref.null func))
            (table.grow 2 (ref.null func) (i32.const 1)) ;; table.fill here is a comment
            (assert_malformed (module quote "(table.fill)") "x") (; table.get ;) (elem.table.get)
            """;

        Assert.Equal(expected, WastPatches.ByFile["table_get.wast"].Apply(text));
    }

    [Fact]
    public void IfPatch_MovesTheFirstOfTwoFoldedConditionsBeforeTheIf()
    {
        var patched = WastPatches.ByFile["if.wast"].Apply("x (if (i32.const 1) (i32.eqz) (then) (else)) y");
        Assert.Equal("x (i32.const 1) (if (i32.eqz) (then) (else)) y", patched);
        Assert.Throws<InvalidOperationException>(() => WastPatches.ByFile["if.wast"].Apply("no target"));
    }
}
