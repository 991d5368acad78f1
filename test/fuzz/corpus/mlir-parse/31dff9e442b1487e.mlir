func.func @fused_arg_type(%a: tensor<4xf32>, %c: tensor<4xf32>) -> tensor<4xf32> {
  %r = kernel.fused ins(%a : tensor<4xf32>) outs(%c : tensor<4xf32>) {
  ^bb0(%x: tensor<8xf32>, %o: tensor<4xf32>):
    kernel.yield %o : tensor<4xf32>
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}
