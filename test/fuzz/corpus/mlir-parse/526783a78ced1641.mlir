func.func @abs() -> (tensor<3xf32>, tensor<3xi64>) {
  %a = graph.constant dense<[-1.5, 2.0, -0.0]> : tensor<3xf32>
  %0 = graph.abs %a : tensor<3xf32>
  %b = graph.constant dense<[-3, 4, 0]> : tensor<3xi64>
  %1 = graph.abs %b : tensor<3xi64>
  return %0, %1 : tensor<3xf32>, tensor<3xi64>
}
