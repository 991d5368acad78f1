func.func @f() attributes {s = #kernel.schedule<unroll = 0>} { return }
