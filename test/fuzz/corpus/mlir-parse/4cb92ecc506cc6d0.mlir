#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>

func.func @schedule_tile_too_big(%a: tensor<64x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %r = kernel.fused ins(%a : tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) schedule = #kernel.schedule<tiles = [[32, 128, 64]]> {
  ^bb0(%x: tensor<64x64xf32>, %o: tensor<64x64xf32>):
    %m = kernel.generic ins(%x, %x : tensor<64x64xf32>, tensor<64x64xf32>) outs(%o : tensor<64x64xf32>)
        indexing_maps = [#mk, #kn, #mn] iterator_types = [parallel, parallel, reduction] {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      kernel.yield %acc : f32
    } -> tensor<64x64xf32>
    kernel.yield %m : tensor<64x64xf32>
  } -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}
