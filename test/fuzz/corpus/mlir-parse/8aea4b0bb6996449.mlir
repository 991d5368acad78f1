func.func @split_negative(%x: tensor<5x2xf32>) {
  %0:2 = graph.split %x {split = array<i64: -1, 6>} : (tensor<5x2xf32>) -> (tensor<?x2xf32>, tensor<6x2xf32>)
  return
}
