enum Small: UInt8 {
    case a = 255, b
}
print(Small.a)
