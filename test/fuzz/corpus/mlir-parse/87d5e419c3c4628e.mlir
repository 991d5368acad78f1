func.func @f() attributes {s = #kernel.schedule<gpu_thread = [-2]>} { return }
