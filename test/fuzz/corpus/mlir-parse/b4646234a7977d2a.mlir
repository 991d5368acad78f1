func.func @index_range(%c: tensor<4xi64>) -> tensor<4xi64> {
  %r = kernel.generic outs(%c : tensor<4xi64>)
      indexing_maps = [affine_map<(i) -> (i)>] iterator_types = [parallel] {
  ^bb0(%o: i64):
    %i = kernel.index 1 : index
    kernel.yield %o : i64
  } -> tensor<4xi64>
  return %r : tensor<4xi64>
}
