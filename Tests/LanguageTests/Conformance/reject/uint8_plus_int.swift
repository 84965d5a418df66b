let offset = 3
let base: UInt8 = 2
print(base + offset)
