func.func @not_constant() -> tensor<2xi1> {
  %a = graph.constant dense<[true, false]> : tensor<2xi1>
  %0 = graph.not %a : tensor<2xi1>
  return %0 : tensor<2xi1>
}
