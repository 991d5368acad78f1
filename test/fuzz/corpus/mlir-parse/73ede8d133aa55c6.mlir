func.func @cast_int_widths() -> (tensor<2xi32>, tensor<2xi8>, tensor<2xf16>) {
  %a = graph.constant dense<[255, 7]> : tensor<2xui8>
  %0 = graph.cast %a {to = i32} : (tensor<2xui8>) -> tensor<2xi32>
  %b = graph.constant dense<[300, -129]> : tensor<2xi64>
  %1 = graph.cast %b {to = i8} : (tensor<2xi64>) -> tensor<2xi8>
  %c = graph.constant dense<[0.1, 65536.0]> : tensor<2xf32>
  %2 = graph.cast %c {to = f16} : (tensor<2xf32>) -> tensor<2xf16>
  return %0, %1, %2 : tensor<2xi32>, tensor<2xi8>, tensor<2xf16>
}
