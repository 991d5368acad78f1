func.func @compare_f32() -> (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>) {
  %a = graph.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %b = graph.constant dense<2.0> : tensor<f32>
  %0 = graph.equal %a, %b : (tensor<3xf32>, tensor<f32>) -> tensor<3xi1>
  %1 = graph.less %a, %b : (tensor<3xf32>, tensor<f32>) -> tensor<3xi1>
  %2 = graph.greater %a, %b : (tensor<3xf32>, tensor<f32>) -> tensor<3xi1>
  return %0, %1, %2 : tensor<3xi1>, tensor<3xi1>, tensor<3xi1>
}
