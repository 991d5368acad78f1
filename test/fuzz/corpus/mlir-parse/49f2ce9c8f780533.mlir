func.func @shape_only_constants() -> (tensor<1x4xf32>, tensor<4xf32>, tensor<1x2x1x2xf32>, tensor<3x2xi32>) {
  %c = graph.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %0 = graph.flatten %c {axis = 0 : i64} : (tensor<2x2xf32>) -> tensor<1x4xf32>
  %1 = graph.squeeze %0 : (tensor<1x4xf32>) -> tensor<4xf32>
  %2 = graph.unsqueeze %c {axes = array<i64: 0, 2>} : (tensor<2x2xf32>) -> tensor<1x2x1x2xf32>
  %k = graph.constant dense<7> : tensor<1xi32>
  %s = graph.constant dense<[3, 2]> : tensor<2xi64>
  %3 = graph.expand %k, %s : (tensor<1xi32>, tensor<2xi64>) -> tensor<3x2xi32>
  return %0, %1, %2, %3 : tensor<1x4xf32>, tensor<4xf32>, tensor<1x2x1x2xf32>, tensor<3x2xi32>
}
