func.func @reduce_prod_axis(%x: tensor<2x3xf32>) -> tensor<2x1xf32> {
  %0 = graph.reduce_prod %x {axes = array<i64: 2>} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}
