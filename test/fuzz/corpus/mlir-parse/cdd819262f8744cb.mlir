func.func @split_sum(%x: tensor<5x2xf32>) {
  %0:2 = graph.split %x {split = array<i64: 2, 2>} : (tensor<5x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>)
  return
}
