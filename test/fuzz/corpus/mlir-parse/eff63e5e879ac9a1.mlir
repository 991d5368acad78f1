func.func @mul_index(%a: tensor<3xindex>) {
  %0 = graph.mul %a, %a : (tensor<3xindex>, tensor<3xindex>) -> tensor<3xindex>
  return
}
