// RUN: dlc-opt %s -allow-unregistered-dialect -kernel-plan-memory -split-input-file | FileCheck %s
// RUN: dlc-opt %s -allow-unregistered-dialect -kernel-plan-memory=alignment=256 -split-input-file | FileCheck %s --check-prefix=ALIGN256

// kernel-plan-memory: every memref.alloc of a function becomes a
// memref.view into one arena (the function's new last argument); buffers
// whose live ranges (allocation to last use, views included, a use inside a
// loop counting at the loop) do not overlap share bytes. The arena size is
// recorded as dlc.arena_bytes. Buffers are placed largest first, each at
// the lowest offset that no live buffer occupies; sizes round up to the
// alignment (64 bytes by default). Every argument is marked llvm.noalias:
// the runtime never passes overlapping buffers where one is written.

// Two buffers, one after the other: the second reuses the first's bytes,
// and the first one's memref.dealloc goes away.
// CHECK-LABEL: func.func @disjoint(
//  CHECK-SAME:     %[[IN:[^:]*]]: memref<16xf32> {llvm.noalias}, %[[OUT:[^:]*]]: memref<16xf32> {llvm.noalias}, %[[ARENA:[^:]*]]: memref<64xi8> {llvm.noalias})
//  CHECK-SAME:     attributes {dlc.arena_bytes = 64 : i64}
//  CHECK-NEXT:   %[[OA:.*]] = arith.constant 0 : index
//  CHECK-NEXT:   %[[A:.*]] = memref.view %[[ARENA]][%[[OA]]][] : memref<64xi8> to memref<16xf32>
//  CHECK-NEXT:   "test.use"(%[[IN]], %[[A]])
//  CHECK-NEXT:   "test.use"(%[[A]], %[[OUT]])
//  CHECK-NEXT:   %[[OB:.*]] = arith.constant 0 : index
//  CHECK-NEXT:   %[[B:.*]] = memref.view %[[ARENA]][%[[OB]]][] : memref<64xi8> to memref<16xf32>
//       CHECK:   "test.use"(%[[IN]], %[[B]])
//       CHECK:   "test.use"(%[[B]], %[[OUT]])
//   CHECK-NOT:   memref.alloc
//       CHECK:   return
// ALIGN256-LABEL: func.func @disjoint(
//  ALIGN256-SAME:     memref<256xi8> {llvm.noalias}) attributes {dlc.arena_bytes = 256 : i64}
func.func @disjoint(%in: memref<16xf32>, %out: memref<16xf32>) {
  %a = memref.alloc() : memref<16xf32>
  "test.use"(%in, %a) : (memref<16xf32>, memref<16xf32>) -> ()
  "test.use"(%a, %out) : (memref<16xf32>, memref<16xf32>) -> ()
  memref.dealloc %a : memref<16xf32>
  %b = memref.alloc() : memref<16xf32>
  "test.use"(%in, %b) : (memref<16xf32>, memref<16xf32>) -> ()
  "test.use"(%b, %out) : (memref<16xf32>, memref<16xf32>) -> ()
  return
}

// -----

// Both buffers are live at the second use of %a: different bytes. %b is
// larger, so it is placed first, at offset 0; %a (12 bytes, rounded to 64)
// follows it.
// CHECK-LABEL: func.func @overlap(
//  CHECK-SAME:     %[[ARENA:[^:]*]]: memref<192xi8> {llvm.noalias}) attributes {dlc.arena_bytes = 192 : i64}
//  CHECK-NEXT:   %[[OA:.*]] = arith.constant 128 : index
//  CHECK-NEXT:   %[[A:.*]] = memref.view %[[ARENA]][%[[OA]]][] : memref<192xi8> to memref<3xf32>
//  CHECK-NEXT:   %[[OB:.*]] = arith.constant 0 : index
//  CHECK-NEXT:   %[[B:.*]] = memref.view %[[ARENA]][%[[OB]]][] : memref<192xi8> to memref<32xf32>
//       CHECK:   "test.use"(%[[A]], %[[B]])
// ALIGN256-LABEL: func.func @overlap(
//  ALIGN256-SAME:     memref<512xi8> {llvm.noalias}) attributes {dlc.arena_bytes = 512 : i64}
func.func @overlap() {
  %a = memref.alloc() : memref<3xf32>
  %b = memref.alloc() : memref<32xf32>
  "test.use"(%a) : (memref<3xf32>) -> ()
  "test.use"(%a, %b) : (memref<3xf32>, memref<32xf32>) -> ()
  return
}

// -----

// A chain: each buffer is read by the next op only, so at most two are live
// at a time and three buffers of 256 bytes need 512 bytes: %c takes %a's
// place.
// CHECK-LABEL: func.func @chain(
//  CHECK-SAME:     %[[ARENA:[^:]*]]: memref<512xi8> {llvm.noalias}) attributes {dlc.arena_bytes = 512 : i64}
//  CHECK-NEXT:   %[[OA:.*]] = arith.constant 0 : index
//  CHECK-NEXT:   %[[A:.*]] = memref.view %[[ARENA]][%[[OA]]][]
//  CHECK-NEXT:   %[[OB:.*]] = arith.constant 256 : index
//  CHECK-NEXT:   %[[B:.*]] = memref.view %[[ARENA]][%[[OB]]][]
//  CHECK-NEXT:   "test.op"(%{{.*}}, %[[A]])
//  CHECK-NEXT:   "test.op"(%[[A]], %[[B]])
//  CHECK-NEXT:   %[[OC:.*]] = arith.constant 0 : index
//  CHECK-NEXT:   %[[C:.*]] = memref.view %[[ARENA]][%[[OC]]][]
//  CHECK-NEXT:   "test.op"(%[[B]], %[[C]])
func.func @chain(%x: memref<64xf32>, %y: memref<64xf32>) {
  %a = memref.alloc() : memref<64xf32>
  %b = memref.alloc() : memref<64xf32>
  "test.op"(%x, %a) : (memref<64xf32>, memref<64xf32>) -> ()
  "test.op"(%a, %b) : (memref<64xf32>, memref<64xf32>) -> ()
  %c = memref.alloc() : memref<64xf32>
  "test.op"(%b, %c) : (memref<64xf32>, memref<64xf32>) -> ()
  "test.op"(%c, %y) : (memref<64xf32>, memref<64xf32>) -> ()
  return
}

// -----

// First fit fills a hole: %big (1024 bytes) and %mid (512) overlap and are
// placed first, at 0 and 1024; %small (256) is live with %mid only, so it
// takes the lowest free offset, 0, inside %big's bytes.
// CHECK-LABEL: func.func @first_fit(
//  CHECK-SAME:     %[[ARENA:[^:]*]]: memref<1536xi8> {llvm.noalias}) attributes {dlc.arena_bytes = 1536 : i64}
//  CHECK-NEXT:   %[[OBIG:.*]] = arith.constant 0 : index
//  CHECK-NEXT:   memref.view %[[ARENA]][%[[OBIG]]][] : memref<1536xi8> to memref<256xf32>
//  CHECK-NEXT:   %[[OMID:.*]] = arith.constant 1024 : index
//  CHECK-NEXT:   memref.view %[[ARENA]][%[[OMID]]][] : memref<1536xi8> to memref<128xf32>
//  CHECK-NEXT:   "test.use"
//  CHECK-NEXT:   %[[OSMALL:.*]] = arith.constant 0 : index
//  CHECK-NEXT:   memref.view %[[ARENA]][%[[OSMALL]]][] : memref<1536xi8> to memref<64xf32>
func.func @first_fit() {
  %big = memref.alloc() : memref<256xf32>
  %mid = memref.alloc() : memref<128xf32>
  "test.use"(%big, %mid) : (memref<256xf32>, memref<128xf32>) -> ()
  %small = memref.alloc() : memref<64xf32>
  "test.use"(%mid, %small) : (memref<128xf32>, memref<64xf32>) -> ()
  return
}

// -----

// Views alias their buffer: %a stays live until the last use of its
// reshape, so %b, allocated before that use, may not share its bytes; %c,
// allocated after it, may.
// CHECK-LABEL: func.func @views(
//  CHECK-SAME:     %[[ARENA:[^:]*]]: memref<128xi8> {llvm.noalias}) attributes {dlc.arena_bytes = 128 : i64}
//  CHECK-NEXT:   %[[OA:.*]] = arith.constant 0 : index
//  CHECK-NEXT:   %[[A:.*]] = memref.view %[[ARENA]][%[[OA]]][] : memref<128xi8> to memref<4x4xf32>
//  CHECK-NEXT:   "test.use"(%[[A]])
//  CHECK-NEXT:   %[[R:.*]] = memref.collapse_shape %[[A]]
//  CHECK-NEXT:   %[[S:.*]] = memref.subview %[[R]]
//  CHECK-NEXT:   %[[OB:.*]] = arith.constant 64 : index
//  CHECK-NEXT:   %[[B:.*]] = memref.view %[[ARENA]][%[[OB]]][] : memref<128xi8> to memref<16xf32>
//  CHECK-NEXT:   "test.use"(%[[S]], %[[B]])
//  CHECK-NEXT:   %[[OC:.*]] = arith.constant 0 : index
//  CHECK-NEXT:   %[[C:.*]] = memref.view %[[ARENA]][%[[OC]]][] : memref<128xi8> to memref<16xf32>
//  CHECK-NEXT:   "test.use"(%[[B]], %[[C]])
func.func @views() {
  %a = memref.alloc() : memref<4x4xf32>
  "test.use"(%a) : (memref<4x4xf32>) -> ()
  %r = memref.collapse_shape %a [[0, 1]] : memref<4x4xf32> into memref<16xf32>
  %s = memref.subview %r[4] [8] [1] : memref<16xf32> to memref<8xf32, strided<[1], offset: 4>>
  %b = memref.alloc() : memref<16xf32>
  "test.use"(%s, %b) : (memref<8xf32, strided<[1], offset: 4>>, memref<16xf32>) -> ()
  %c = memref.alloc() : memref<16xf32>
  "test.use"(%b, %c) : (memref<16xf32>, memref<16xf32>) -> ()
  return
}

// -----

// A use inside a loop counts at the loop: %a is live through the whole
// loop, so %b, used in the loop too, gets other bytes; %c, allocated after
// the loop, reuses %a's.
// CHECK-LABEL: func.func @loop(
//  CHECK-SAME:     %[[ARENA:[^:]*]]: memref<128xi8> {llvm.noalias}) attributes {dlc.arena_bytes = 128 : i64}
//  CHECK-NEXT:   %[[OA:.*]] = arith.constant 0 : index
//  CHECK-NEXT:   %[[A:.*]] = memref.view %[[ARENA]][%[[OA]]][]
//  CHECK-NEXT:   "test.fill"(%[[A]])
//  CHECK-NEXT:   %[[OB:.*]] = arith.constant 64 : index
//  CHECK-NEXT:   %[[B:.*]] = memref.view %[[ARENA]][%[[OB]]][]
//  CHECK-NEXT:   affine.for
//  CHECK-NEXT:     affine.load %[[A]]
//  CHECK-NEXT:     affine.store %{{.*}}, %[[B]]
//  CHECK-NEXT:   }
//  CHECK-NEXT:   %[[OC:.*]] = arith.constant 0 : index
//  CHECK-NEXT:   %[[C:.*]] = memref.view %[[ARENA]][%[[OC]]][]
//  CHECK-NEXT:   "test.use"(%[[B]], %[[C]])
func.func @loop(%x: memref<8xf32>) {
  %a = memref.alloc() : memref<8xf32>
  "test.fill"(%a) : (memref<8xf32>) -> ()
  %b = memref.alloc() : memref<8xf32>
  affine.for %i = 0 to 8 {
    %v = affine.load %a[%i] : memref<8xf32>
    affine.store %v, %b[%i] : memref<8xf32>
  }
  %c = memref.alloc() : memref<8xf32>
  "test.use"(%b, %c) : (memref<8xf32>, memref<8xf32>) -> ()
  return
}

// -----

// Element sizes: i1 takes a byte, f64 eight, i16 two; a buffer never used
// still gets its bytes (its live range is its allocation).
// 100 x i1 = 100 -> 128; 20 x f64 = 160 -> 192; 30 x i16 = 60 -> 64;
// the unused 2 x f32 -> 64: 128 + 192 + 64 + 64 = 448, the largest first.
// CHECK-LABEL: func.func @element_sizes(
//  CHECK-SAME:     memref<448xi8> {llvm.noalias}) attributes {dlc.arena_bytes = 448 : i64}
//  CHECK-NEXT:   arith.constant 192 : index
//  CHECK-NEXT:   memref.view {{.*}} to memref<100xi1>
//  CHECK-NEXT:   arith.constant 0 : index
//  CHECK-NEXT:   memref.view {{.*}} to memref<20xf64>
//  CHECK-NEXT:   arith.constant 320 : index
//  CHECK-NEXT:   memref.view {{.*}} to memref<30xi16>
//  CHECK-NEXT:   arith.constant 384 : index
//  CHECK-NEXT:   memref.view {{.*}} to memref<2xf32>
func.func @element_sizes() {
  %a = memref.alloc() : memref<100xi1>
  %b = memref.alloc() : memref<20xf64>
  %c = memref.alloc() : memref<30xi16>
  %unused = memref.alloc() : memref<2xf32>
  "test.use"(%a, %b, %c) : (memref<100xi1>, memref<20xf64>, memref<30xi16>) -> ()
  return
}

// -----

// No allocation: the arena is one byte (a memref cannot be empty), its
// recorded size 0. External functions are left alone.
// CHECK-LABEL: func.func private @external(memref<4xf32>)
// CHECK-LABEL: func.func @no_buffers(
//  CHECK-SAME:     %{{.*}}: memref<4xf32> {llvm.noalias}, %{{.*}}: memref<1xi8> {llvm.noalias}) attributes {dlc.arena_bytes = 0 : i64}
func.func private @external(memref<4xf32>)
func.func @no_buffers(%x: memref<4xf32>) {
  "test.use"(%x) : (memref<4xf32>) -> ()
  return
}

// -----

// A temporary copied into an output argument as its last use (what
// buffer-results-to-out-params leaves when it cannot hoist) is computed in
// the output directly: no arena bytes, no copy.
// CHECK-LABEL: func.func @result_in_place(
//  CHECK-SAME:     %[[X:[^:]*]]: memref<8xf32> {llvm.noalias}, %[[OUT:[^:]*]]: memref<8xf32> {llvm.noalias}, %{{.*}}: memref<1xi8> {llvm.noalias}) attributes {dlc.arena_bytes = 0 : i64}
//  CHECK-NEXT:   "test.op"(%[[X]], %[[OUT]])
//  CHECK-NEXT:   return
func.func @result_in_place(%x: memref<8xf32>, %out: memref<8xf32>) {
  %a = memref.alloc() : memref<8xf32>
  "test.op"(%x, %a) : (memref<8xf32>, memref<8xf32>) -> ()
  memref.copy %a, %out : memref<8xf32> to memref<8xf32>
  return
}

// -----

// Not when the temporary is used after the copy.
// CHECK-LABEL: func.func @result_used_after_copy(
//  CHECK-SAME:     %[[X:[^:]*]]: memref<8xf32> {llvm.noalias}, %[[OUT:[^:]*]]: memref<8xf32> {llvm.noalias}, %[[ARENA:[^:]*]]: memref<64xi8> {llvm.noalias})
//       CHECK:   %[[A:.*]] = memref.view %[[ARENA]]
//  CHECK-NEXT:   "test.op"(%[[X]], %[[A]])
//  CHECK-NEXT:   memref.copy %[[A]], %[[OUT]]
//  CHECK-NEXT:   "test.op"(%[[A]], %[[X]])
func.func @result_used_after_copy(%x: memref<8xf32>, %out: memref<8xf32>) {
  %a = memref.alloc() : memref<8xf32>
  "test.op"(%x, %a) : (memref<8xf32>, memref<8xf32>) -> ()
  memref.copy %a, %out : memref<8xf32> to memref<8xf32>
  "test.op"(%a, %x) : (memref<8xf32>, memref<8xf32>) -> ()
  return
}
