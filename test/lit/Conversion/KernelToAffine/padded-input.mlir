// RUN: dlc-opt %s -kernel-generate-loops -canonicalize -split-input-file | FileCheck %s

// A micro-kernel whose input is a padded copy made just before it (a copy
// into the interior of a buffer of its own, fills of its borders) reads the
// copy's source instead, each load masked to the source's row, and the copy
// and the fills go (MicroKernel.cpp, findPaddedInput). Blocks whose rows
// stay inside the source skip the row masks: a nest for each case.

#id = affine_map<(n, c, h, w) -> (n, c, h, w)>
#x = affine_map<(n, c, h, w, kh, kw) -> (n, c, h + kh, w + kw)>
#w = affine_map<(n, c, h, w, kh, kw) -> (c, kh, kw)>
#o = affine_map<(n, c, h, w, kh, kw) -> (n, c, h, w)>

// A 3x3 depthwise conv over a 6x20 image padded by 1: the padded buffer is
// an arena slice, the output a distinct argument.
// CHECK-LABEL: func.func @depthwise(
//  CHECK-SAME:     %[[SRC:[^:]*]]: memref<1x2x6x20xf32> {llvm.noalias}, %[[W:[^:]*]]: memref<2x3x3xf32> {llvm.noalias}, %[[OUT:[^:]*]]: memref<1x2x6x20xf32> {llvm.noalias}
//   CHECK-NOT:   memref.view
//   CHECK-NOT:   memref.subview
//       CHECK:   affine.for %{{.*}} = 0 to 1 {
//       CHECK:     affine.for %[[C:.*]] = 0 to 2 {
//       CHECK:       affine.for %[[H:.*]] = 0 to 6 step 2 {
//       CHECK:         affine.for %[[X:.*]] = 0 to 20 step 20 {
// Whether the block's rows, the window's included, stay inside the source:
// from row H - 1 to the last row + 2 - 1.
//       CHECK:           %[[TOP:.*]] = arith.cmpi sge, %[[H]], %[[C1:.*]] : index
//  CHECK-NEXT:           %[[BOTTOM:.*]] = arith.cmpi slt, %{{.*}}, %[[C7:.*]] : index
//  CHECK-NEXT:           %[[ROWS:.*]] = arith.andi %[[TOP]], %[[BOTTOM]] : i1
//  CHECK-NEXT:           %{{.*}}:4 = scf.if %[[ROWS]]
// The rows inside: the source's row and column, the lanes masked to the row.
//       CHECK:               %[[ROW:.*]] = arith.subi %{{.*}}, %[[C1]] : index
//  CHECK-NEXT:               %[[COL:.*]] = arith.subi %[[AT:.*]], %[[C1]] : index
//  CHECK-NEXT:               %[[NEG:.*]] = arith.subi %[[C1]], %[[AT]] : index
//  CHECK-NEXT:               %[[BEFORE:.*]] = vector.create_mask %[[NEG]] : vector<16xi1>
//  CHECK-NEXT:               %[[LEFT:.*]] = arith.subi %{{.*}}, %[[AT]] : index
//  CHECK-NEXT:               %[[WITHIN:.*]] = vector.create_mask %[[LEFT]] : vector<16xi1>
//  CHECK-NEXT:               %[[NOTBEFORE:.*]] = arith.xori %[[BEFORE]], %{{.*}} : vector<16xi1>
//  CHECK-NEXT:               %[[INROW:.*]] = arith.andi %[[WITHIN]], %[[NOTBEFORE]] : vector<16xi1>
//  CHECK-NEXT:               %[[MASK:.*]] = arith.andi %{{.*}}, %[[INROW]] : vector<16xi1>
//  CHECK-NEXT:               vector.maskedload %[[SRC]][%{{.*}}, %[[C]], %[[ROW]], %[[COL]]], %[[MASK]], %[[ZERO:.*]] :
//   CHECK-NOT:               arith.select
//       CHECK:           } else {
// Rows that may leave the source: the row's mask, none outside.
//       CHECK:               %[[ROW2:.*]] = arith.subi %{{.*}}, %[[C1]] : index
//  CHECK-NEXT:               %[[INSIDE:.*]] = arith.cmpi ult, %[[ROW2]], %{{.*}} : index
//       CHECK:               %[[M2:.*]] = arith.select %[[INSIDE]], %{{.*}}, %{{.*}} : vector<16xi1>
//  CHECK-NEXT:               %[[MASK2:.*]] = arith.andi %{{.*}}, %[[M2]] : vector<16xi1>
//  CHECK-NEXT:               vector.maskedload %[[SRC]][%{{.*}}, %[[C]], %[[ROW2]], %{{.*}}], %[[MASK2]], %[[ZERO]] :
//       CHECK:           vector.maskedstore %[[OUT]]
//   CHECK-NOT:   affine.store
//   CHECK-NOT:   vector.store
func.func @depthwise(%src: memref<1x2x6x20xf32> {llvm.noalias}, %w: memref<2x3x3xf32> {llvm.noalias}, %out: memref<1x2x6x20xf32> {llvm.noalias}, %arena: memref<1408xi8> {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %p = memref.view %arena[%c0][] : memref<1408xi8> to memref<1x2x8x22xf32>
  %inner = memref.subview %p[0, 0, 1, 1] [1, 2, 6, 20] [1, 1, 1, 1] : memref<1x2x8x22xf32> to memref<1x2x6x20xf32, strided<[352, 176, 22, 1], offset: 23>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%src : memref<1x2x6x20xf32>) outs(%inner : memref<1x2x6x20xf32, strided<[352, 176, 22, 1], offset: 23>>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  }
  %top = memref.subview %p[0, 0, 0, 0] [1, 2, 1, 22] [1, 1, 1, 1] : memref<1x2x8x22xf32> to memref<1x2x1x22xf32, strided<[352, 176, 22, 1]>>
  linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%top : memref<1x2x1x22xf32, strided<[352, 176, 22, 1]>>) {
  ^bb0(%o: f32):
    linalg.yield %zero : f32
  }
  %bottom = memref.subview %p[0, 0, 7, 0] [1, 2, 1, 22] [1, 1, 1, 1] : memref<1x2x8x22xf32> to memref<1x2x1x22xf32, strided<[352, 176, 22, 1], offset: 154>>
  linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%bottom : memref<1x2x1x22xf32, strided<[352, 176, 22, 1], offset: 154>>) {
  ^bb0(%o: f32):
    linalg.yield %zero : f32
  }
  %left = memref.subview %p[0, 0, 0, 0] [1, 2, 8, 1] [1, 1, 1, 1] : memref<1x2x8x22xf32> to memref<1x2x8x1xf32, strided<[352, 176, 22, 1]>>
  linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%left : memref<1x2x8x1xf32, strided<[352, 176, 22, 1]>>) {
  ^bb0(%o: f32):
    linalg.yield %zero : f32
  }
  %right = memref.subview %p[0, 0, 0, 21] [1, 2, 8, 1] [1, 1, 1, 1] : memref<1x2x8x22xf32> to memref<1x2x8x1xf32, strided<[352, 176, 22, 1], offset: 21>>
  linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%right : memref<1x2x8x1xf32, strided<[352, 176, 22, 1], offset: 21>>) {
  ^bb0(%o: f32):
    linalg.yield %zero : f32
  }
  linalg.generic {indexing_maps = [#x, #w, #o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%p, %w : memref<1x2x8x22xf32>, memref<2x3x3xf32>) outs(%out : memref<1x2x6x20xf32>) attrs = {kernel.schedule = #kernel.schedule<tiles = [[1, 1, 2, 32, 0, 0]], vector = 16>} {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  }
  return
}

// -----

#id = affine_map<(n, c, h, w) -> (n, c, h, w)>
#x = affine_map<(n, c, h, w, kh, kw) -> (n, c, 2 * h + kh, 2 * w + kw)>
#k = affine_map<(n, c, h, w, kh, kw) -> (kh, kw)>
#o = affine_map<(n, c, h, w, kh, kw) -> (n, c, h, w)>

// A 3x3 stride-2 max pool padded with -inf (one fill of the whole border
// rows and columns here, as any set of fills may be): the lanes masked to
// the row read -inf, and the stride-2 read is two masked loads and their
// even lanes, each load masked to the row.
// CHECK-LABEL: func.func @max_pool(
//  CHECK-SAME:     %[[SRC:[^:]*]]: memref<1x1x4x40xf32>
//   CHECK-DAG:   %[[NEGINF:.*]] = arith.constant dense<0xFF800000> : vector<16xf32>
//   CHECK-NOT:   memref.view
//       CHECK:   scf.if
//       CHECK:     %[[A:.*]] = vector.maskedload %[[SRC]][{{.*}}], %{{.*}}, %[[NEGINF]]
//  CHECK-NEXT:     arith.addi
//       CHECK:     %[[B:.*]] = vector.maskedload %[[SRC]][{{.*}}], %{{.*}}, %[[NEGINF]]
//  CHECK-NEXT:     vector.shuffle %[[A]], %[[B]] [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30]
//       CHECK:     arith.maximumf
//   CHECK-NOT:   affine.store
func.func @max_pool(%src: memref<1x1x4x40xf32> {llvm.noalias}, %window: memref<3x3xf32> {llvm.noalias}, %out: memref<1x1x2x20xf32> {llvm.noalias}, %arena: memref<1024xi8> {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %ninf = arith.constant 0xFF800000 : f32
  %p = memref.view %arena[%c0][] : memref<1024xi8> to memref<1x1x6x42xf32>
  %inner = memref.subview %p[0, 0, 1, 1] [1, 1, 4, 40] [1, 1, 1, 1] : memref<1x1x6x42xf32> to memref<1x1x4x40xf32, strided<[252, 252, 42, 1], offset: 43>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%src : memref<1x1x4x40xf32>) outs(%inner : memref<1x1x4x40xf32, strided<[252, 252, 42, 1], offset: 43>>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  }
  %border = memref.subview %p[0, 0, 0, 0] [1, 1, 6, 1] [1, 1, 1, 1] : memref<1x1x6x42xf32> to memref<1x1x6x1xf32, strided<[252, 252, 42, 1]>>
  linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%border : memref<1x1x6x1xf32, strided<[252, 252, 42, 1]>>) {
  ^bb0(%o: f32):
    linalg.yield %ninf : f32
  }
  linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%out : memref<1x1x2x20xf32>) {
  ^bb0(%o: f32):
    linalg.yield %ninf : f32
  }
  linalg.generic {indexing_maps = [#x, #k, #o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%p, %window : memref<1x1x6x42xf32>, memref<3x3xf32>) outs(%out : memref<1x1x2x20xf32>) attrs = {kernel.schedule = #kernel.schedule<tiles = [[1, 1, 2, 16, 0, 0]], vector = 16>} {
  ^bb0(%a: f32, %unused: f32, %acc: f32):
    %m = arith.maximumf %acc, %a : f32
    linalg.yield %m : f32
  }
  return
}

// -----

#id = affine_map<(n, c, h, w) -> (n, c, h, w)>
#x = affine_map<(n, c, h, w, kh, kw) -> (n, c, h + kh, w + kw)>
#w = affine_map<(n, c, h, w, kh, kw) -> (c, kh, kw)>
#o = affine_map<(n, c, h, w, kh, kw) -> (n, c, h, w)>

// The padded copy stays where reading the source instead would change the
// result or not pay:
// - the conv writes its output over the source (the padded copy is what
//   keeps the values it reads);
// CHECK-LABEL: func.func @writes_the_source(
//       CHECK:   %[[VIEW:.*]] = memref.view
//       CHECK:   vector.store
//       CHECK:   vector.maskedload %[[VIEW]]
func.func @writes_the_source(%src: memref<1x2x6x20xf32> {llvm.noalias}, %w: memref<2x3x3xf32> {llvm.noalias}, %arena: memref<1408xi8> {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %p = memref.view %arena[%c0][] : memref<1408xi8> to memref<1x2x8x22xf32>
  %inner = memref.subview %p[0, 0, 1, 1] [1, 2, 6, 20] [1, 1, 1, 1] : memref<1x2x8x22xf32> to memref<1x2x6x20xf32, strided<[352, 176, 22, 1], offset: 23>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%src : memref<1x2x6x20xf32>) outs(%inner : memref<1x2x6x20xf32, strided<[352, 176, 22, 1], offset: 23>>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  }
  %left = memref.subview %p[0, 0, 0, 0] [1, 2, 8, 1] [1, 1, 1, 1] : memref<1x2x8x22xf32> to memref<1x2x8x1xf32, strided<[352, 176, 22, 1]>>
  linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%left : memref<1x2x8x1xf32, strided<[352, 176, 22, 1]>>) {
  ^bb0(%o: f32):
    linalg.yield %zero : f32
  }
  linalg.generic {indexing_maps = [#x, #w, #o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%p, %w : memref<1x2x8x22xf32>, memref<2x3x3xf32>) outs(%src : memref<1x2x6x20xf32>) attrs = {kernel.schedule = #kernel.schedule<tiles = [[1, 1, 2, 32, 0, 0]], vector = 16>} {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  }
  return
}

// - something else reads the padded buffer too;
// CHECK-LABEL: func.func @read_again(
//       CHECK:   %[[VIEW:.*]] = memref.view
//       CHECK:   vector.store
//       CHECK:   vector.maskedload %[[VIEW]]
func.func @read_again(%src: memref<1x2x6x20xf32> {llvm.noalias}, %w: memref<2x3x3xf32> {llvm.noalias}, %out: memref<1x2x6x20xf32> {llvm.noalias}, %copy: memref<1x2x8x22xf32> {llvm.noalias}, %arena: memref<1408xi8> {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %p = memref.view %arena[%c0][] : memref<1408xi8> to memref<1x2x8x22xf32>
  %inner = memref.subview %p[0, 0, 1, 1] [1, 2, 6, 20] [1, 1, 1, 1] : memref<1x2x8x22xf32> to memref<1x2x6x20xf32, strided<[352, 176, 22, 1], offset: 23>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%src : memref<1x2x6x20xf32>) outs(%inner : memref<1x2x6x20xf32, strided<[352, 176, 22, 1], offset: 23>>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  }
  %left = memref.subview %p[0, 0, 0, 0] [1, 2, 8, 1] [1, 1, 1, 1] : memref<1x2x8x22xf32> to memref<1x2x8x1xf32, strided<[352, 176, 22, 1]>>
  linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%left : memref<1x2x8x1xf32, strided<[352, 176, 22, 1]>>) {
  ^bb0(%o: f32):
    linalg.yield %zero : f32
  }
  linalg.generic {indexing_maps = [#x, #w, #o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%p, %w : memref<1x2x8x22xf32>, memref<2x3x3xf32>) outs(%out : memref<1x2x6x20xf32>) attrs = {kernel.schedule = #kernel.schedule<tiles = [[1, 1, 2, 32, 0, 0]], vector = 16>} {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%p : memref<1x2x8x22xf32>) outs(%copy : memref<1x2x8x22xf32>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  }
  return
}

#xd = affine_map<(n, f, h, w, c, kh, kw) -> (n, c, h + kh, w + kw)>
#wd = affine_map<(n, f, h, w, c, kh, kw) -> (f, c, kh, kw)>
#od = affine_map<(n, f, h, w, c, kh, kw) -> (n, f, h, w)>

// - a dense conv, 32 filters: 196 steps per element of the padded input,
// more than kMaxPaddedInputReuse (16).
// CHECK-LABEL: func.func @dense(
//       CHECK:   %[[VIEW:.*]] = memref.view
//       CHECK:   vector.store
//       CHECK:   vector.maskedload %[[VIEW]]
func.func @dense(%src: memref<1x2x6x20xf32> {llvm.noalias}, %w: memref<32x2x3x3xf32> {llvm.noalias}, %out: memref<1x32x6x20xf32> {llvm.noalias}, %arena: memref<1408xi8> {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %p = memref.view %arena[%c0][] : memref<1408xi8> to memref<1x2x8x22xf32>
  %inner = memref.subview %p[0, 0, 1, 1] [1, 2, 6, 20] [1, 1, 1, 1] : memref<1x2x8x22xf32> to memref<1x2x6x20xf32, strided<[352, 176, 22, 1], offset: 23>>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%src : memref<1x2x6x20xf32>) outs(%inner : memref<1x2x6x20xf32, strided<[352, 176, 22, 1], offset: 23>>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  }
  %left = memref.subview %p[0, 0, 0, 0] [1, 2, 8, 1] [1, 1, 1, 1] : memref<1x2x8x22xf32> to memref<1x2x8x1xf32, strided<[352, 176, 22, 1]>>
  linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%left : memref<1x2x8x1xf32, strided<[352, 176, 22, 1]>>) {
  ^bb0(%o: f32):
    linalg.yield %zero : f32
  }
  linalg.generic {indexing_maps = [#xd, #wd, #od], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%p, %w : memref<1x2x8x22xf32>, memref<32x2x3x3xf32>) outs(%out : memref<1x32x6x20xf32>) attrs = {kernel.schedule = #kernel.schedule<tiles = [[1, 4, 2, 32, 0, 0, 0]], vector = 16>} {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  }
  return
}
