func.func @fused_args(%a: tensor<4xf32>, %c: tensor<4xf32>) -> tensor<4xf32> {
  %r = kernel.fused ins(%a : tensor<4xf32>) outs(%c : tensor<4xf32>) {
  ^bb0(%x: tensor<4xf32>):
    kernel.yield %x : tensor<4xf32>
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}
