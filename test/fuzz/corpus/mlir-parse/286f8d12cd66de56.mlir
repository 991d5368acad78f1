func.func @fused_isolated(%c: tensor<4xf32>, %outside: tensor<4xf32>) -> tensor<4xf32> {
  %r = kernel.fused outs(%c : tensor<4xf32>) {
  ^bb0(%o: tensor<4xf32>):
    kernel.yield %outside : tensor<4xf32>
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}
