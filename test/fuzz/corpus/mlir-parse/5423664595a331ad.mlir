func.func @cast_i64_to_f32() -> tensor<2xf32> {
  %a = graph.constant dense<[-3, 16777217]> : tensor<2xi64>
  %0 = graph.cast %a {to = f32} : (tensor<2xi64>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
