func.func @neg() -> (tensor<3xf32>, tensor<2xi64>) {
  %a = graph.constant dense<[1.0, -2.5, 0.0]> : tensor<3xf32>
  %0 = graph.neg %a : tensor<3xf32>
  %b = graph.constant dense<[3, -4]> : tensor<2xi64>
  %1 = graph.neg %b : tensor<2xi64>
  return %0, %1 : tensor<3xf32>, tensor<2xi64>
}
