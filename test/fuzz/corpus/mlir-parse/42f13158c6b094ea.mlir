func.func @schedule_without_generic(%c: tensor<4xf32>) -> tensor<4xf32> {
  %r = kernel.fused outs(%c : tensor<4xf32>) schedule = #kernel.schedule<vector = 4> {
  ^bb0(%o: tensor<4xf32>):
    kernel.yield %o : tensor<4xf32>
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}
