func.func @slice_unknown_keyword(%x: tensor<4xf32>, %s: tensor<1xi64>) {
  %0 = graph.slice %x, %s, %s, step = %s : (tensor<4xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xf32>
  return
}
