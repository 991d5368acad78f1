func.func @fused_results(%c: tensor<4xf32>) -> tensor<8xf32> {
  %r = kernel.fused outs(%c : tensor<4xf32>) {
  ^bb0(%o: tensor<4xf32>):
    kernel.yield %o : tensor<4xf32>
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}
