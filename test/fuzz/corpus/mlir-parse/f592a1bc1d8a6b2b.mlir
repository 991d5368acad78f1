func.func @sqrt() -> (tensor<4xf32>, tensor<f64>) {
  %a = graph.constant dense<[4.0, 2.25, 0.0, 2.0]> : tensor<4xf32>
  %0 = graph.sqrt %a : tensor<4xf32>
  %b = graph.constant dense<6.25> : tensor<f64>
  %1 = graph.sqrt %b : tensor<f64>
  return %0, %1 : tensor<4xf32>, tensor<f64>
}
