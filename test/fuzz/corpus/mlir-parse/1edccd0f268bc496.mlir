func.func @clip_max_not_scalar(%a: tensor<2x3xf32>, %lo: tensor<f32>, %hi: tensor<1x2xf32>) {
  %0 = graph.clip %a, min = %lo, max = %hi : (tensor<2x3xf32>, tensor<f32>, tensor<1x2xf32>) -> tensor<2x3xf32>
  return
}
