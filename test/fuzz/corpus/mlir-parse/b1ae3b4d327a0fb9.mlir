func.func @less_broadcast_mismatch(%a: tensor<2x3xf32>, %b: tensor<2x4xf32>) {
  %0 = graph.less %a, %b : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<2x3xi1>
  return
}
