func.func @resize_crop_without_roi(%x: tensor<1x1x4x4xf32>, %sz: tensor<4xi64>) {
  %0 = graph.resize %x, sizes = %sz {coordinate_transformation_mode = "tf_crop_and_resize"} : (tensor<1x1x4x4xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  return
}
