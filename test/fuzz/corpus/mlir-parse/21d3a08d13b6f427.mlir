func.func @slice_operand_after_last(%x: tensor<4xf32>, %s: tensor<1xi64>) {
  %0 = graph.slice %x, %s, %s, steps = %s, %s : (tensor<4xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xf32>
  return
}
