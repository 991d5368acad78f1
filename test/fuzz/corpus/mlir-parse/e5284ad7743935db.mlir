func.func @f() attributes {s = #kernel.schedule<gpu_block = [32, 32], gpu_thread = [4, 64]>} { return }
