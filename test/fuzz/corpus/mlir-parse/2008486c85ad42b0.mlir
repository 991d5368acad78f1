func.func @cast_f32_to_i64() -> tensor<4xi64> {
  %a = graph.constant dense<[-1.7, 2.5, 3.9, -0.5]> : tensor<4xf32>
  %0 = graph.cast %a {to = i64} : (tensor<4xf32>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}
