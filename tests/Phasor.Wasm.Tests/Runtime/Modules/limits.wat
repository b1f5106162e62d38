;; Runaway and resource-hungry code for the limit tests.
(module $limits
  (import "host" "reenter" (func $reenter (param i32) (result i32)))
  (memory 1)
  (table 1 funcref)
  (func $spin (export "spin") (loop $l (br $l)))
  (func (export "count") (param i32) (result i32) (local i32)
    (loop $l
      (local.set 1 (i32.add (local.get 1) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get 1) (local.get 0))))
    (local.get 1))
  (func $recurse (export "recurse") (param i32) (result i32)
    (if (result i32) (i32.eqz (local.get 0))
      (then (i32.const 0))
      (else (i32.add (i32.const 1) (call $recurse (i32.sub (local.get 0) (i32.const 1)))))))
  (func $forever (export "forever") (result i32) (call $forever))
  ;; Big frames exhaust the value stack before the call depth.
  (func $wide (export "wide") (result i32)
    (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64
           i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
    (call $wide))
  ;; Wasm -> host -> Wasm -> ... without end: the host stack must not overflow.
  (func (export "bounce") (param i32) (result i32) (call $reenter (local.get 0)))
  (func (export "grow_memory") (param i32) (result i32) (memory.grow (local.get 0)))
  ;; Bulk operations cost fuel in proportion to their size: each pass fills the whole page.
  (global $passes (export "passes") (mut i32) (i32.const 0))
  (func (export "fill_forever")
    (loop $l
      (memory.fill (i32.const 0) (i32.const 7) (i32.const 65536))
      (global.set $passes (i32.add (global.get $passes) (i32.const 1)))
      (br $l)))
  (func (export "grow_table") (param i32) (result i32) (table.grow 0 (ref.null func) (local.get 0)))
)
