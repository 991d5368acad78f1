func.func @f() attributes {s = #kernel.schedule<gpu_block = [32, -1]>} { return }
