func.func @max_min_f32() -> (tensor<3xf32>, tensor<3xf32>) {
  %a = graph.constant dense<[1.0, 5.0, -3.0]> : tensor<3xf32>
  %b = graph.constant dense<2.0> : tensor<f32>
  %0 = graph.max %a, %b : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  %1 = graph.min %a, %b : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  return %0, %1 : tensor<3xf32>, tensor<3xf32>
}
