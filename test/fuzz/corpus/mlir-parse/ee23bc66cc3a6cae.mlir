func.func @pow_broadcast_mismatch(%a: tensor<2x3xf32>, %b: tensor<2x4xi32>) {
  %0 = graph.pow %a, %b : (tensor<2x3xf32>, tensor<2x4xi32>) -> tensor<2x3xf32>
  return
}
