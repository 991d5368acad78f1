func.func @clip_max_element_type(%a: tensor<4xi64>, %lo: tensor<i64>, %hi: tensor<i32>) {
  %0 = graph.clip %a, min = %lo, max = %hi : (tensor<4xi64>, tensor<i64>, tensor<i32>) -> tensor<4xi64>
  return
}
