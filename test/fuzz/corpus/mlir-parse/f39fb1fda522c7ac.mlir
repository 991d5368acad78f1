func.func @f() attributes {s = #kernel.schedule<gpu_block = [32, 32], gpu_thread = [1, 1, 1]>} { return }
