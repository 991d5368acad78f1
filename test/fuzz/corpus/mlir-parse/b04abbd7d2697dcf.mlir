func.func @not_i8(%a: tensor<2xi8>) {
  %0 = graph.not %a : tensor<2xi8>
  return
}
