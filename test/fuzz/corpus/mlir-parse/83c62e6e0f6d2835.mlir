func.func @div_ui8() -> tensor<2xui8> {
  %a = graph.constant dense<[200, 7]> : tensor<2xui8>
  %b = graph.constant dense<[3, 2]> : tensor<2xui8>
  %0 = graph.div %a, %b : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}
