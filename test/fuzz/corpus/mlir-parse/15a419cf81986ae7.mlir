func.func @split_wrong_result(%x: tensor<5x2xf32>) {
  %0:2 = graph.split %x {split = array<i64: 2, 3>} : (tensor<5x2xf32>) -> (tensor<3x2xf32>, tensor<2x2xf32>)
  return
}
