func.func @fused_no_yield(%c: tensor<4xf32>) -> tensor<4xf32> {
  %r = kernel.fused outs(%c : tensor<4xf32>) {
  ^bb0(%o: tensor<4xf32>):
    %z = arith.constant 0 : index
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}
