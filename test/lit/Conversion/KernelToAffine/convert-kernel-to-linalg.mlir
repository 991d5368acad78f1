// RUN: dlc-opt %s -convert-kernel-to-linalg -split-input-file | FileCheck %s

// convert-kernel-to-linalg, the first step of KernelToAffine: kernel.fused
// groups dissolve and kernel.generic becomes linalg.generic one to one.

// A kernel.fused dissolves: its body is inlined with the block arguments
// replaced by the fused op's operands, each kernel.generic becomes a
// linalg.generic, and the schedule moves onto the root generic (the one
// with the most loops), not onto the fill. Both carry the kernel's number.
// CHECK-DAG:   #[[$ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG:   #[[$MK:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG:   #[[$KN:.*]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// CHECK-DAG:   #[[$MN:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @fused(
//  CHECK-SAME:     %[[A:[^:]*]]: tensor<4x3xf32>, %[[B:[^:]*]]: tensor<3x5xf32>)
//  CHECK-NEXT:   %[[E:.*]] = tensor.empty() : tensor<4x5xf32>
//  CHECK-NEXT:   %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
//  CHECK-NEXT:   %[[F:.*]] = linalg.generic {indexing_maps = [#[[$ID2]]], iterator_types = ["parallel", "parallel"]} outs(%[[E]] : tensor<4x5xf32>) attrs = {kernel.id = [[KID:[0-9]+]] : i64} {
//  CHECK-NEXT:   ^bb0(%{{.*}}: f32):
//  CHECK-NEXT:     linalg.yield %[[ZERO]] : f32
//  CHECK-NEXT:   } -> tensor<4x5xf32>
//  CHECK-NEXT:   %[[G:.*]] = linalg.generic {indexing_maps = [#[[$MK]], #[[$KN]], #[[$MN]]], iterator_types = ["parallel", "parallel", "reduction"]}
//  CHECK-SAME:       ins(%[[A]], %[[B]] : tensor<4x3xf32>, tensor<3x5xf32>) outs(%[[F]] : tensor<4x5xf32>)
//  CHECK-SAME:       attrs = {kernel.id = [[KID]] : i64, kernel.schedule = #kernel.schedule<tiles = {{\[}}[2, 0, 0]], parallel = [0]>} {
//  CHECK-NEXT:   ^bb0(%[[P:.*]]: f32, %[[Q:.*]]: f32, %[[ACC:.*]]: f32):
//  CHECK-NEXT:     %[[S:.*]] = arith.mulf %[[P]], %[[Q]] : f32
//  CHECK-NEXT:     %[[T:.*]] = arith.addf %[[ACC]], %[[S]] : f32
//  CHECK-NEXT:     linalg.yield %[[T]] : f32
//  CHECK-NEXT:   } -> tensor<4x5xf32>
//  CHECK-NEXT:   return %[[G]] : tensor<4x5xf32>
//   CHECK-NOT:   kernel.
func.func @fused(%a: tensor<4x3xf32>, %b: tensor<3x5xf32>) -> tensor<4x5xf32> {
  %e = tensor.empty() : tensor<4x5xf32>
  %r = kernel.fused ins(%a, %b : tensor<4x3xf32>, tensor<3x5xf32>) outs(%e : tensor<4x5xf32>)
      schedule = #kernel.schedule<tiles = [[2, 0, 0]], parallel = [0]> {
  ^bb0(%x: tensor<4x3xf32>, %y: tensor<3x5xf32>, %o: tensor<4x5xf32>):
    %zero = arith.constant 0.0 : f32
    %f = kernel.generic outs(%o : tensor<4x5xf32>) indexing_maps = [affine_map<(m, n) -> (m, n)>]
        iterator_types = [parallel, parallel] {
    ^bb0(%out: f32):
      kernel.yield %zero : f32
    } -> tensor<4x5xf32>
    %g = kernel.generic ins(%x, %y : tensor<4x3xf32>, tensor<3x5xf32>) outs(%f : tensor<4x5xf32>)
        indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>]
        iterator_types = [parallel, parallel, reduction] {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      %s = arith.mulf %p, %q : f32
      %t = arith.addf %acc, %s : f32
      kernel.yield %t : f32
    } -> tensor<4x5xf32>
    kernel.yield %g : tensor<4x5xf32>
  } -> tensor<4x5xf32>
  return %r : tensor<4x5xf32>
}

// -----

// kernel.index becomes linalg.index; a kernel without a schedule leaves no
// attribute; values from outside the generic (the fused op's input, used
// through tensor.extract) are rewired to the function's.
// CHECK-LABEL: func.func @index_no_schedule(
//  CHECK-SAME:     %[[X:[^:]*]]: tensor<4xf32>)
//       CHECK:   linalg.generic {indexing_maps = [#{{.*}}], iterator_types = ["parallel"]} outs(%{{.*}} : tensor<4xf32>) attrs = {kernel.id = {{[0-9]+}} : i64} {
//  CHECK-NEXT:   ^bb0(%{{.*}}: f32):
//  CHECK-NEXT:     %[[I:.*]] = linalg.index 0 : index
//  CHECK-NEXT:     %[[V:.*]] = tensor.extract %[[X]][%[[I]]] : tensor<4xf32>
//  CHECK-NEXT:     linalg.yield %[[V]] : f32
//  CHECK-NEXT:   } -> tensor<4xf32>
//   CHECK-NOT:   kernel.schedule
func.func @index_no_schedule(%x: tensor<4xf32>) -> tensor<4xf32> {
  %e = tensor.empty() : tensor<4xf32>
  %r = kernel.fused ins(%x : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%in: tensor<4xf32>, %o: tensor<4xf32>):
    %g = kernel.generic outs(%o : tensor<4xf32>) indexing_maps = [affine_map<(i) -> (i)>] iterator_types = [parallel] {
    ^bb0(%out: f32):
      %i = kernel.index 0 : index
      %v = tensor.extract %in[%i] : tensor<4xf32>
      kernel.yield %v : f32
    } -> tensor<4xf32>
    kernel.yield %g : tensor<4xf32>
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

// A kernel with two results (a split): both generics convert, the schedule
// goes to the root (the last of the generics with the most loops), and the
// slices stay.
// CHECK-LABEL: func.func @two_results(
//  CHECK-SAME:     %[[X:[^:]*]]: tensor<6xf32>)
//   CHECK-DAG:   %[[E0:.*]] = tensor.empty() : tensor<2xf32>
//   CHECK-DAG:   %[[E1:.*]] = tensor.empty() : tensor<4xf32>
//       CHECK:   %[[S0:.*]] = tensor.extract_slice %[[X]][0] [2] [1]
//       CHECK:   %[[G0:.*]] = linalg.generic {{.*}} ins(%[[S0]] : tensor<2xf32>) outs(%[[E0]] : tensor<2xf32>) attrs = {kernel.id = {{[0-9]+}} : i64} {
//       CHECK:   %[[S1:.*]] = tensor.extract_slice %[[X]][2] [4] [1]
//       CHECK:   %[[G1:.*]] = linalg.generic {{.*}} ins(%[[S1]] : tensor<4xf32>) outs(%[[E1]] : tensor<4xf32>) attrs = {kernel.id = {{[0-9]+}} : i64, kernel.schedule = #kernel.schedule<parallel = [0]>} {
//       CHECK:   return %[[G0]], %[[G1]] : tensor<2xf32>, tensor<4xf32>
func.func @two_results(%x: tensor<6xf32>) -> (tensor<2xf32>, tensor<4xf32>) {
  %e0 = tensor.empty() : tensor<2xf32>
  %e1 = tensor.empty() : tensor<4xf32>
  %r:2 = kernel.fused ins(%x : tensor<6xf32>) outs(%e0, %e1 : tensor<2xf32>, tensor<4xf32>) schedule = #kernel.schedule<parallel = [0]> {
  ^bb0(%in: tensor<6xf32>, %o0: tensor<2xf32>, %o1: tensor<4xf32>):
    %s0 = tensor.extract_slice %in[0] [2] [1] : tensor<6xf32> to tensor<2xf32>
    %g0 = kernel.generic ins(%s0 : tensor<2xf32>) outs(%o0 : tensor<2xf32>) indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>] iterator_types = [parallel] {
    ^bb0(%v: f32, %out: f32):
      kernel.yield %v : f32
    } -> tensor<2xf32>
    %s1 = tensor.extract_slice %in[2] [4] [1] : tensor<6xf32> to tensor<4xf32>
    %g1 = kernel.generic ins(%s1 : tensor<4xf32>) outs(%o1 : tensor<4xf32>) indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>] iterator_types = [parallel] {
    ^bb0(%v: f32, %out: f32):
      kernel.yield %v : f32
    } -> tensor<4xf32>
    kernel.yield %g0, %g1 : tensor<2xf32>, tensor<4xf32>
  } -> tensor<2xf32>, tensor<4xf32>
  return %r#0, %r#1 : tensor<2xf32>, tensor<4xf32>
}

// -----

// A kernel.generic outside any kernel.fused (written by hand) converts too.
// CHECK-LABEL: func.func @loose(
//       CHECK:   linalg.generic
//       CHECK:     arith.negf
//       CHECK:     linalg.yield
//   CHECK-NOT:   kernel.
func.func @loose(%x: tensor<4xf32>, %o: tensor<4xf32>) -> tensor<4xf32> {
  %g = kernel.generic ins(%x : tensor<4xf32>) outs(%o : tensor<4xf32>) indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>] iterator_types = [parallel] {
  ^bb0(%v: f32, %out: f32):
    %n = arith.negf %v : f32
    kernel.yield %n : f32
  } -> tensor<4xf32>
  return %g : tensor<4xf32>
}

// -----

// A tensor returned more than once gets a copy per repeat (a generic that
// copies it into a new tensor), so that every output has its own buffer.
// Function arguments and first occurrences are returned as they are.
// CHECK-DAG:   #[[$ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @repeated_results(
//  CHECK-SAME:     %[[X:[^:]*]]: tensor<2x3xf32>, %[[O:[^:]*]]: tensor<2x3xf32>)
//       CHECK:   %[[G:.*]] = linalg.generic {{.*}} ins(%[[X]] : tensor<2x3xf32>) outs(%[[O]] : tensor<2x3xf32>) {
//       CHECK:   %[[E1:.*]] = tensor.empty() : tensor<2x3xf32>
//  CHECK-NEXT:   %[[C1:.*]] = linalg.generic {indexing_maps = [#[[$ID2]], #[[$ID2]]], iterator_types = ["parallel", "parallel"]} ins(%[[G]] : tensor<2x3xf32>) outs(%[[E1]] : tensor<2x3xf32>) {
//  CHECK-NEXT:   ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
//  CHECK-NEXT:     linalg.yield %[[IN]] : f32
//  CHECK-NEXT:   } -> tensor<2x3xf32>
//  CHECK-NEXT:   %[[E2:.*]] = tensor.empty() : tensor<2x3xf32>
//  CHECK-NEXT:   %[[C2:.*]] = linalg.generic {{.*}} ins(%[[G]] : tensor<2x3xf32>) outs(%[[E2]] : tensor<2x3xf32>) {
//       CHECK:   return %[[G]], %[[X]], %[[C1]], %[[C2]] :
func.func @repeated_results(%x: tensor<2x3xf32>, %o: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %g = kernel.generic ins(%x : tensor<2x3xf32>) outs(%o : tensor<2x3xf32>) indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>] iterator_types = [parallel, parallel] {
  ^bb0(%v: f32, %out: f32):
    %n = arith.negf %v : f32
    kernel.yield %n : f32
  } -> tensor<2x3xf32>
  return %g, %x, %g, %g : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// A threaded kernel's other generics with at least 16K iterations (here a
// 128x128 fill) run their outermost parallel loop with more than one
// iteration across threads too (dim 0 has one iteration, so dim 1).
// CHECK-LABEL: func.func @threaded_helpers(
//       CHECK:   linalg.generic {{.*}} outs(%{{.*}} : tensor<1x128x128xf32>) attrs = {kernel.id = {{[0-9]+}} : i64, kernel.schedule = #kernel.schedule<parallel = [1]>}
//       CHECK:   linalg.generic {{.*}} attrs = {kernel.id = {{[0-9]+}} : i64, kernel.schedule = #kernel.schedule<parallel = [2]>}
func.func @threaded_helpers(%a: tensor<1x128x128xf32>) -> tensor<1x128x128xf32> {
  %e = tensor.empty() : tensor<1x128x128xf32>
  %r = kernel.fused ins(%a : tensor<1x128x128xf32>) outs(%e : tensor<1x128x128xf32>)
      schedule = #kernel.schedule<parallel = [2]> {
  ^bb0(%x: tensor<1x128x128xf32>, %o: tensor<1x128x128xf32>):
    %zero = arith.constant 0.0 : f32
    %f = kernel.generic outs(%o : tensor<1x128x128xf32>) indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>]
        iterator_types = [parallel, parallel, parallel] {
    ^bb0(%out: f32):
      kernel.yield %zero : f32
    } -> tensor<1x128x128xf32>
    %g = kernel.generic ins(%x : tensor<1x128x128xf32>) outs(%f : tensor<1x128x128xf32>)
        indexing_maps = [affine_map<(b, i, j, k) -> (b, i, k)>, affine_map<(b, i, j, k) -> (b, i, j)>]
        iterator_types = [parallel, parallel, parallel, reduction] {
    ^bb0(%p: f32, %acc: f32):
      %t = arith.addf %acc, %p : f32
      kernel.yield %t : f32
    } -> tensor<1x128x128xf32>
    kernel.yield %g : tensor<1x128x128xf32>
  } -> tensor<1x128x128xf32>
  return %r : tensor<1x128x128xf32>
}

// -----

// A small one (4x5) stays on one thread; so do the generics of a kernel
// that runs on one thread.
// CHECK-LABEL: func.func @small_helpers(
//       CHECK:   linalg.generic {indexing_maps = [#{{.*}}], iterator_types = ["parallel", "parallel"]} outs(%{{.*}} : tensor<4x5xf32>) attrs = {kernel.id = {{[0-9]+}} : i64} {
//       CHECK:   attrs = {kernel.id = {{[0-9]+}} : i64, kernel.schedule = #kernel.schedule<parallel = [0]>}
// CHECK-LABEL: func.func @serial_kernel(
//       CHECK:   linalg.generic {indexing_maps = [#{{.*}}], iterator_types = ["parallel", "parallel"]} outs(%{{.*}} : tensor<256x256xf32>) attrs = {kernel.id = {{[0-9]+}} : i64} {
//   CHECK-NOT:   kernel.schedule<parallel
func.func @small_helpers(%a: tensor<4x3xf32>, %b: tensor<3x5xf32>) -> tensor<4x5xf32> {
  %e = tensor.empty() : tensor<4x5xf32>
  %r = kernel.fused ins(%a, %b : tensor<4x3xf32>, tensor<3x5xf32>) outs(%e : tensor<4x5xf32>)
      schedule = #kernel.schedule<parallel = [0]> {
  ^bb0(%x: tensor<4x3xf32>, %y: tensor<3x5xf32>, %o: tensor<4x5xf32>):
    %zero = arith.constant 0.0 : f32
    %f = kernel.generic outs(%o : tensor<4x5xf32>) indexing_maps = [affine_map<(m, n) -> (m, n)>]
        iterator_types = [parallel, parallel] {
    ^bb0(%out: f32):
      kernel.yield %zero : f32
    } -> tensor<4x5xf32>
    %g = kernel.generic ins(%x, %y : tensor<4x3xf32>, tensor<3x5xf32>) outs(%f : tensor<4x5xf32>)
        indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>]
        iterator_types = [parallel, parallel, reduction] {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      %s = arith.mulf %p, %q : f32
      %t = arith.addf %acc, %s : f32
      kernel.yield %t : f32
    } -> tensor<4x5xf32>
    kernel.yield %g : tensor<4x5xf32>
  } -> tensor<4x5xf32>
  return %r : tensor<4x5xf32>
}
func.func @serial_kernel(%a: tensor<256x256xf32>) -> tensor<256x256xf32> {
  %e = tensor.empty() : tensor<256x256xf32>
  %r = kernel.fused ins(%a : tensor<256x256xf32>) outs(%e : tensor<256x256xf32>)
      schedule = #kernel.schedule<tiles = [[16, 16, 0]]> {
  ^bb0(%x: tensor<256x256xf32>, %o: tensor<256x256xf32>):
    %zero = arith.constant 0.0 : f32
    %f = kernel.generic outs(%o : tensor<256x256xf32>) indexing_maps = [affine_map<(m, n) -> (m, n)>]
        iterator_types = [parallel, parallel] {
    ^bb0(%out: f32):
      kernel.yield %zero : f32
    } -> tensor<256x256xf32>
    %g = kernel.generic ins(%x : tensor<256x256xf32>) outs(%f : tensor<256x256xf32>)
        indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (m, n)>]
        iterator_types = [parallel, parallel, reduction] {
    ^bb0(%p: f32, %acc: f32):
      %t = arith.addf %acc, %p : f32
      kernel.yield %t : f32
    } -> tensor<256x256xf32>
    kernel.yield %g : tensor<256x256xf32>
  } -> tensor<256x256xf32>
  return %r : tensor<256x256xf32>
}
