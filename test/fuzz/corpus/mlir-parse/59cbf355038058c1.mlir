func.func @not_not(%x: tensor<?xi1>) -> (tensor<?xi1>, tensor<?xi1>) {
  %0 = graph.not %x : tensor<?xi1>
  %1 = graph.not %0 : tensor<?xi1>
  %2 = graph.not %1 : tensor<?xi1>
  return %1, %2 : tensor<?xi1>, tensor<?xi1>
}
