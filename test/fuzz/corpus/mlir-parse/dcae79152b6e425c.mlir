func.func @fused_yield(%c: tensor<4xf32>, %d: tensor<8xf32>) -> tensor<4xf32> {
  %r = kernel.fused ins(%d : tensor<8xf32>) outs(%c : tensor<4xf32>) {
  ^bb0(%x: tensor<8xf32>, %o: tensor<4xf32>):
    kernel.yield %x : tensor<8xf32>
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}
