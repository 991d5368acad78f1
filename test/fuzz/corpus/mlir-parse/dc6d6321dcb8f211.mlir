func.func @cast_bool() -> (tensor<4xi1>, tensor<2xf32>, tensor<2xi64>) {
  %a = graph.constant dense<[0.0, -2.0, 0.5, -0.0]> : tensor<4xf32>
  %0 = graph.cast %a {to = i1} : (tensor<4xf32>) -> tensor<4xi1>
  %p = graph.constant dense<[true, false]> : tensor<2xi1>
  %1 = graph.cast %p {to = f32} : (tensor<2xi1>) -> tensor<2xf32>
  %2 = graph.cast %p {to = i64} : (tensor<2xi1>) -> tensor<2xi64>
  return %0, %1, %2 : tensor<4xi1>, tensor<2xf32>, tensor<2xi64>
}
