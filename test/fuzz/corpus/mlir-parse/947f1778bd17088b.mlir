func.func @div_f32() -> (tensor<3xf32>, tensor<2xf32>) {
  %a = graph.constant dense<[1.0, -3.0, 7.0]> : tensor<3xf32>
  %two = graph.constant dense<2.0> : tensor<f32>
  %0 = graph.div %a, %two : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  %b = graph.constant dense<[1.0, -1.0]> : tensor<2xf32>
  %zero = graph.constant dense<0.0> : tensor<1xf32>
  %1 = graph.div %b, %zero : (tensor<2xf32>, tensor<1xf32>) -> tensor<2xf32>
  return %0, %1 : tensor<3xf32>, tensor<2xf32>
}
