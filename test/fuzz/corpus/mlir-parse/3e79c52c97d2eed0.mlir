func.func @compose_reshape_chain(%x: tensor<2x3x4xf32>) -> tensor<12x2xf32> {
  %s1 = graph.constant dense<[24]> : tensor<1xi64>
  %0 = graph.reshape %x, %s1 : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<24xf32>
  %s2 = graph.constant dense<[4, 6]> : tensor<2xi64>
  %1 = graph.reshape %0, %s2 : (tensor<24xf32>, tensor<2xi64>) -> tensor<4x6xf32>
  %s3 = graph.constant dense<[-1, 2]> : tensor<2xi64>
  %2 = graph.reshape %1, %s3 : (tensor<4x6xf32>, tensor<2xi64>) -> tensor<12x2xf32>
  return %2 : tensor<12x2xf32>
}
