func.func @gpu() attributes {s = #kernel.schedule<gpu_thread = [4, 4, 0], gpu_block = [64, 64, 0], vector = 4>} {
  return
}
