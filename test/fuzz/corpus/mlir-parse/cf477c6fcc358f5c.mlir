func.func @cast_out_of_range_not_folded() -> (tensor<2xui8>, tensor<i64>) {
  %a = graph.constant dense<[-1.0, 2.0]> : tensor<2xf32>
  %0 = graph.cast %a {to = ui8} : (tensor<2xf32>) -> tensor<2xui8>
  %n = graph.constant dense<0x7FC00000> : tensor<f32>
  %1 = graph.cast %n {to = i64} : (tensor<f32>) -> tensor<i64>
  return %0, %1 : tensor<2xui8>, tensor<i64>
}
