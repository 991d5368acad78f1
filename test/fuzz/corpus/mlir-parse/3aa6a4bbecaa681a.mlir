func.func @split_empty(%x: tensor<5x2xf32>) {
  graph.split %x {split = array<i64>} : (tensor<5x2xf32>) -> ()
  return
}
