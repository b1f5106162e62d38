;; Patterns the lowering rewrites (superinstructions, retargeted results), checked for their IR and their results.
(module $lowering
  (memory (export "memory") 1)
  ;; 0: local.set retargets the add: one instruction.
  (func (export "increment") (param i32) (result i32)
    (local.set 0 (i32.add (local.get 0) (i32.const 1)))
    (local.get 0))
  ;; 1: a comparison only the branch reads fuses with it.
  (func (export "min") (param i32 i32) (result i32)
    (if (result i32) (i32.lt_s (local.get 0) (local.get 1)) (then (local.get 0)) (else (local.get 1))))
  ;; 2: a counting loop: step (local.tee) and test in one instruction.
  (func (export "countdown") (param i32) (result i32) (local i32)
    (loop $l
      (local.set 1 (i32.add (local.get 1) (i32.const 3)))
      (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
    (local.get 1))
  ;; 3: x + constant as an address folds into the load, wrapping at 2^32 as i32.add does.
  (func (export "load_at") (param i32) (result i32)
    (i32.load8_u offset=2 (i32.add (local.get 0) (i32.const -4))))
  ;; 4: a constant stored through a folded address.
  (func (export "store_at") (param i32)
    (i32.store8 (i32.add (local.get 0) (i32.const 100)) (i32.const 255)))
  ;; 5: the old value of a local stays on the stack while the local changes.
  (func (export "keep_old") (param i32) (result i32)
    (local.get 0)
    (local.set 0 (i32.const 10))
    (local.get 0)
    (i32.sub))
  ;; 6: swapping through the stack: two moves become one Mov2.
  (func (export "swap") (param i32 i32) (result i32) (local i32)
    (local.set 2 (local.get 0))
    (local.set 0 (local.get 1))
    (local.set 1 (local.get 2))
    (i32.sub (local.get 0) (local.get 1)))
  ;; 7: multiple results returned in the order they are on the stack, even when they are locals swapped.
  (func (export "flip") (param i32 i32) (result i32 i32) (local.get 1) (local.get 0))
)
