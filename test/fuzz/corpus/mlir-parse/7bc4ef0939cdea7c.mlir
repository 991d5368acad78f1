func.func @compose_reshapes_zero(%x: tensor<2x3x4xf32>, %y: tensor<0x4xf32>) -> (tensor<6x2x2xf32>, tensor<4x0xf32>) {
  %s1 = graph.constant dense<[6, 4]> : tensor<2xi64>
  %0 = graph.reshape %x, %s1 : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<6x4xf32>
  %s2 = graph.constant dense<[0, 2, 2]> : tensor<3xi64>
  %1 = graph.reshape %0, %s2 : (tensor<6x4xf32>, tensor<3xi64>) -> tensor<6x2x2xf32>
  %s3 = graph.constant dense<[2, 0]> : tensor<2xi64>
  %2 = graph.reshape %y, %s3 {allowzero = true} : (tensor<0x4xf32>, tensor<2xi64>) -> tensor<2x0xf32>
  %s4 = graph.constant dense<[4, 0]> : tensor<2xi64>
  %3 = graph.reshape %2, %s4 {allowzero = true} : (tensor<2x0xf32>, tensor<2xi64>) -> tensor<4x0xf32>
  return %1, %3 : tensor<6x2x2xf32>, tensor<4x0xf32>
}
