// RUN: not dlc-opt %s 2>&1 | FileCheck %s
// RUN: not dlc-opt %t.does-not-exist.mlir 2>&1 | FileCheck %s --check-prefix=MISSING

// A verifier error in the input is reported with its location and the tool
// exits non-zero.
// CHECK: errors.mlir:[[@LINE+2]]:8: error: 'graph.matmul' op contraction dims differ
func.func @bad(%a: tensor<2x3xf32>, %b: tensor<4x5xf32>) -> tensor<2x5xf32> {
  %0 = graph.matmul %a, %b : (tensor<2x3xf32>, tensor<4x5xf32>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}

// MISSING: cannot open input file '{{.*}}does-not-exist.mlir': No such file or directory
