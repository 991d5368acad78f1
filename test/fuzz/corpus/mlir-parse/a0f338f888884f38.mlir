func.func @concat_no_inputs() {
  %0 = graph.concat {axis = 0 : i64} : () -> tensor<0xf32>
  return
}
