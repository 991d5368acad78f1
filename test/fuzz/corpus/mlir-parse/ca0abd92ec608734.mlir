func.func @split_axis(%x: tensor<5x2xf32>) {
  %0:2 = graph.split %x {axis = 2 : i64, split = array<i64: 1, 1>} : (tensor<5x2xf32>) -> (tensor<?x?xf32>, tensor<?x?xf32>)
  return
}
