;; Traps in named functions, for the trap location tests.
(module $traps
  (memory 1)
  (func $boom (export "boom") unreachable)
  (func $divide (export "divide") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
  (func $outer (export "outer") (call $boom))
  (func (export "load_far") (result i32) (i32.load (i32.const 65534)))
)
