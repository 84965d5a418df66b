let small = UInt8(3)
let wide: Int = small
print(wide)
