func.func @compose_reshapes(%x: tensor<2x3x4xf32>) -> tensor<4x6xf32> {
  %s1 = graph.constant dense<[6, 4]> : tensor<2xi64>
  %0 = graph.reshape %x, %s1 : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<6x4xf32>
  %s2 = graph.constant dense<[4, 6]> : tensor<2xi64>
  %1 = graph.reshape %0, %s2 : (tensor<6x4xf32>, tensor<2xi64>) -> tensor<4x6xf32>
  return %1 : tensor<4x6xf32>
}
