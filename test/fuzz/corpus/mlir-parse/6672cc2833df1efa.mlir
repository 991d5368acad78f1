func.func @clip_min_not_scalar(%a: tensor<2x3xf32>, %b: tensor<2xf32>) {
  %0 = graph.clip %a, min = %b : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}
