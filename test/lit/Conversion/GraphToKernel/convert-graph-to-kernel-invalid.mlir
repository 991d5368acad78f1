// RUN: dlc-opt %s -convert-graph-to-kernel -split-input-file -verify-diagnostics

// The CPU back end needs static shapes: every op that touches a dynamic
// shape gets one error that says how to bind the symbolic dims, and
// nothing is rewritten.

func.func @dynamic_input(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  // expected-error @+1 {{has a dynamic shape ('tensor<?x4xf32>'); the CPU back end needs static shapes: bind symbolic dims with --dim NAME=VALUE}}
  %0 = graph.relu %x : tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// One error per op, the static ones are fine.
func.func @one_error_per_op(%x: tensor<?x4xf32>, %w: tensor<4x3xf32>, %s: tensor<2x3xf32>) -> (tensor<?x3xf32>, tensor<2x3xf32>) {
  // expected-error @+1 {{has a dynamic shape ('tensor<?x4xf32>')}}
  %0 = graph.matmul %x, %w : (tensor<?x4xf32>, tensor<4x3xf32>) -> tensor<?x3xf32>
  // expected-error @+1 {{has a dynamic shape ('tensor<?x3xf32>'); the CPU back end needs static shapes}}
  %1 = graph.relu %0 : tensor<?x3xf32>
  %2 = graph.relu %s : tensor<2x3xf32>
  return %1, %2 : tensor<?x3xf32>, tensor<2x3xf32>
}

// -----

// A dynamic dim in an operand only (the result is static) is reported too.
func.func @dynamic_operand(%x: tensor<2x?xf32>) -> tensor<2x1xf32> {
  // expected-error @+1 {{has a dynamic shape ('tensor<2x?xf32>')}}
  %0 = graph.reduce_sum %x {axes = array<i64: 1>} : (tensor<2x?xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}
